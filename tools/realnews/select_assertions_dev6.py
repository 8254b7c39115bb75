#!/usr/bin/env python3
"""Picks the articles of dev6, the sixth development split of the real-news assertion set (issue 10).

Rule (fixed; re-running prints the same list): dev4's eligibility (100-1600 words, at least 3 matches of BATTLE,
whole words, case-insensitive) leaves only 4 unused texts, so it is widened to 100-2500 words with at least 2 matches,
and the texts with at least 3 matches come first (they hold more assertions); left out: every article of the annotation files that existed when dev6 was drawn
(BEFORE below: all of data/realnews-claims and data/realnews-assertions on 2026-12-07 01:40 UTC; an article id
anywhere in a line counts) and any text (whitespace collapsed) equal to one of theirs under another id or to one met
earlier in the order; ranked by (fewer than 3 matches, sha256("sitrep-realnews-assert-dev6:" + id) as a hex string); the first N (10) are
dev6, whether or not they hold an assertion (development data, no test part).
Usage: python3 tools/realnews/select_assertions_dev6.py [ARTICLES.jsonl]   (from the repository root)
Prints: id, group (native|mt: outlet country PL was machine-translated by the collector), rank, n_words, matches.
"""
import hashlib
import json
import re
import sys

BATTLE = re.compile(r"\b(killed|killing|wounded|injured|dead|casualties|captured|capture|liberated|liberation|"
                    r"seized|retook|recaptured|occupied|withdrew|withdrawal|retreat(?:ed)?|clash(?:es|ed)?|"
                    r"fighting|battles?|shell(?:ed|ing)|assaults?|offensive|counteroffensive|front ?line|"
                    r"took control|under control|repelled|stormed)\b", re.IGNORECASE)  # as select_assertions.py
BEFORE = ["realnews-claims/" + s for s in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test",
                                           "uncoded-check-5fcf419", "uncoded-check-0d93988")] \
    + ["realnews-assertions/" + s for s in ("dev", "dev2", "dev3", "dev4", "dev5", "test")]
N = 10
ARTICLE_ID = re.compile(r"\d{8}T\d{6}Z_[A-Z]{2}_[a-z]{2}_[0-9a-f]{10}")

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/ukraine-news-gdelt-447/articles.jsonl"


def text_key(text):
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


taken = set()
for gold in BEFORE:
    for line in open(f"data/{gold}.tsv", encoding="utf-8"):
        # every article id named anywhere in the file (uncoded-check names them in its third column)
        taken.update(f for f in line.rstrip("\n").split("\t") if ARTICLE_ID.fullmatch(f))
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
seen = {text_key(r["text"]) for r in rows if r["id"] in taken}
pool = [r for r in rows if r["id"] not in taken and 100 <= r["n_words"] <= 2500
        and len(BATTLE.findall(r["text"])) >= 2]
pool.sort(key=lambda r: (len(BATTLE.findall(r["text"])) < 3,
                         hashlib.sha256(("sitrep-realnews-assert-dev6:" + r["id"]).encode()).hexdigest()))
dev6 = []
for r in pool:
    key = text_key(r["text"])
    if key not in seen and len(dev6) < N:
        dev6.append(r)
    seen.add(key)
for i, r in enumerate(dev6):
    print(r["id"], "mt" if r["outlet_country"] == "PL" else "native", i + 1, r["n_words"],
          len(BATTLE.findall(r["text"])), sep="\t")
