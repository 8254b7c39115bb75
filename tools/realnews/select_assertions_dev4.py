#!/usr/bin/env python3
"""Picks the articles of dev4, the fourth development split of the real-news assertion set (issue 10).

Rule (fixed; re-running prints the same list). dev3's criteria (100-1200 words, at least 4 matches) leave only 4
unused texts, one of them the Crimea Platform statement dev3 left out as a near duplicate, so the bounds are widened:
  * eligible: 100 <= n_words <= 1600 with at least 3 matches of select_assertions.BATTLE (whole words,
    case-insensitive); not the near duplicate above (NEAR_DUPLICATE); not an article of any data/realnews-claims/*.tsv or data/realnews-assertions/*.tsv (dev4.tsv
    of the assertions excepted: the list this rule makes), nor a text (whitespace collapsed) equal to one of theirs
    under another id, nor a text met earlier in the order below;
  * ranked by sha256("sitrep-realnews-assert-4:" + id) as a hex string; the first 10 are dev4 (development data, no
    test part), whether or not they hold an assertion (those that hold none measure false alarms).
Prints: id, group (native|mt: outlet country PL was machine-translated by the collector), rank, n_words, matches.
"""
import glob
import hashlib
import json
import os
import re
import sys

BATTLE = re.compile(r"\b(killed|killing|wounded|injured|dead|casualties|captured|capture|liberated|liberation|"
                    r"seized|retook|recaptured|occupied|withdrew|withdrawal|retreat(?:ed)?|clash(?:es|ed)?|"
                    r"fighting|battles?|shell(?:ed|ing)|assaults?|offensive|counteroffensive|front ?line|"
                    r"took control|under control|repelled|stormed)\b", re.IGNORECASE)  # as select_assertions.py

here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/ukraine-news-gdelt-447/articles.jsonl"


def text_key(text):
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


used = set()
for tsv in sorted(glob.glob(os.path.join(here, "../../data/realnews-claims/*.tsv"))
                  + glob.glob(os.path.join(here, "../../data/realnews-assertions/*.tsv"))):
    if tsv.endswith("realnews-assertions/dev4.tsv"):
        continue
    for line in open(tsv, encoding="utf-8"):
        if line.startswith("article\t"):
            used.add(line.split("\t")[1])
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
seen = {text_key(r["text"]) for r in rows if r["id"] in used}
NEAR_DUPLICATE = {"20220823T194500Z_UA_en_e269731c54"}  # left out of dev3 for the same reason
pool = [r for r in rows if r["id"] not in used and r["id"] not in NEAR_DUPLICATE and 100 <= r["n_words"] <= 1600
        and len(BATTLE.findall(r["text"])) >= 3]
pool.sort(key=lambda r: hashlib.sha256(("sitrep-realnews-assert-4:" + r["id"]).encode()).hexdigest())
dev4 = []
for r in pool:
    key = text_key(r["text"])
    if key not in seen and len(dev4) < 10:
        dev4.append(r)
    seen.add(key)
for i, r in enumerate(dev4):
    print(r["id"], "mt" if r["outlet_country"] == "PL" else "native", i + 1, r["n_words"],
          len(BATTLE.findall(r["text"])), sep="\t")
