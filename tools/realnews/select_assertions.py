#!/usr/bin/env python3
"""Picks the articles of the real-news assertion set (issue 10) and splits them into dev and test.

Rule (fixed; re-running prints the same list):
  * corpus: ../shared/eval/ukraine-news-gdelt-447/articles.jsonl;
  * eligible: 100 <= n_words <= 800 (as the attribution set: the cap keeps hand annotation feasible; a bias towards
    shorter articles); not an article of the real-news attribution set (data/realnews-claims) nor the same text under
    another id (the claim extractor was developed on those texts, so they would not be unseen);
  * battlefield content: at least 4 matches of BATTLE (whole words, case-insensitive) in the text -- the set is about
    CONTROL, FIGHTING and CASUALTIES, which most articles of the corpus (diplomacy, economy) do not hold;
  * rank every eligible article by sha256("sitrep-realnews-assert-1:" + id) as a hex string; a text that came earlier
    in that order under another id is skipped (the corpus repeats some texts under new ids and dates); take the
    first 22;
  * split, once: the 1st, 3rd, 5th ... article in rank order is dev, the 2nd, 4th ... test.
dev2 (added 2026-12-06, after dev was fitted; annotated before sitrep ran on it):
  * every eligible article after the 22nd in the same order (7);
  * then, since those hold few assertions, the first 3 of the articles of 801-1200 words with at least 6 matches,
    ranked by sha256("sitrep-realnews-assert-2:" + id), again skipping a text met before.
dev3 (added 2026-12-06, after dev2 was fitted too; annotated before sitrep ran on it):
  * eligible: 100-1200 words with at least 4 matches (at the thresholds above -- 4 up to 800 words, 6 above -- no
    unused text is left); not an article of any file in data/realnews-claims or data/realnews-assertions, nor the
    same text under another id (nor a text already picked above);
  * ranked by sha256("sitrep-realnews-assert-3:" + id); read in that order until 8 articles held an assertion: the
    first 14, less NEAR_DUPLICATE (a second report of the Crimea Platform's joint statement of 2022-08-23, whose text
    is the 13th's under other words); the 5 that hold none stay (they measure false alarms).
Prints: id, group (native|mt: outlet country PL was machine-translated by the collector), split, rank, n_words, matches.
"""
import hashlib
import json
import os
import re
import sys

BATTLE = re.compile(r"\b(killed|killing|wounded|injured|dead|casualties|captured|capture|liberated|liberation|"
                    r"seized|retook|recaptured|occupied|withdrew|withdrawal|retreat(?:ed)?|clash(?:es|ed)?|"
                    r"fighting|battles?|shell(?:ed|ing)|assaults?|offensive|counteroffensive|front ?line|"
                    r"took control|under control|repelled|stormed)\b", re.IGNORECASE)

here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/ukraine-news-gdelt-447/articles.jsonl"
claims = set()  # ids of the attribution set
for split in ("dev", "test"):
    for line in open(os.path.join(here, "../../data/realnews-claims", split + ".tsv"), encoding="utf-8"):
        if line.startswith("article\t"):
            claims.add(line.split("\t")[1])
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
seen = {r["text"] for r in rows if r["id"] in claims}
eligible = [r for r in rows if 100 <= r["n_words"] <= 800 and r["id"] not in claims
            and len(BATTLE.findall(r["text"])) >= 4]
eligible.sort(key=lambda r: hashlib.sha256(("sitrep-realnews-assert-1:" + r["id"]).encode()).hexdigest())
picked = []
for r in eligible:
    if r["text"] not in seen:
        picked.append(r)
    seen.add(r["text"])
longer = [r for r in rows if 800 < r["n_words"] <= 1200 and r["id"] not in claims
          and len(BATTLE.findall(r["text"])) >= 6]
longer.sort(key=lambda r: hashlib.sha256(("sitrep-realnews-assert-2:" + r["id"]).encode()).hexdigest())
extra = []
for r in longer:
    if r["text"] not in seen and len(extra) < 3:
        extra.append(r)
    seen.add(r["text"])
import glob
NEAR_DUPLICATE = {"20220823T194500Z_UA_en_e269731c54"}
used = set()  # ids of every real-news gold file, claims and assertions
for tsv in glob.glob(os.path.join(here, "../../data/realnews-claims/*.tsv")) + \
        glob.glob(os.path.join(here, "../../data/realnews-assertions/*.tsv")):
    if tsv.endswith("realnews-assertions/dev3.tsv"):
        continue  # the list this rule makes
    for line in open(tsv, encoding="utf-8"):
        if line.startswith("article\t"):
            used.add(line.split("\t")[1])
seen |= {r["text"] for r in rows if r["id"] in used}
third = [r for r in rows if r["id"] not in used and 100 <= r["n_words"] <= 1200 and len(BATTLE.findall(r["text"])) >= 4]
third.sort(key=lambda r: hashlib.sha256(("sitrep-realnews-assert-3:" + r["id"]).encode()).hexdigest())
dev3 = []
for r in third:
    if r["text"] not in seen and len(dev3) < 13 and r["id"] not in NEAR_DUPLICATE:
        dev3.append(r)
    seen.add(r["text"])
for i, r in enumerate(picked + extra + dev3):
    split = ("dev" if i % 2 == 0 else "test") if i < 22 else "dev2" if i < 22 + len(extra) + 7 else "dev3"
    print(r["id"], "mt" if r["outlet_country"] == "PL" else "native", split, i + 1,
          r["n_words"], len(BATTLE.findall(r["text"])), sep="\t")
