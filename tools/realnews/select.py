#!/usr/bin/env python3
"""Picks the articles of the real-news attribution set (issue 9) and splits them into dev and test.

Rule (fixed; re-running prints the same list):
  * corpus: ../shared/eval/ukraine-news-gdelt-447/articles.jsonl;
  * eligible: 100 <= n_words <= 800 (under 100 words are newsletter/boilerplate pages; the cap keeps hand
    annotation of every attribution feasible -- the cap is a bias towards shorter articles, stated in EVALUATION.md);
  * machine-translated = outlet_country "PL" (the collector ran googletrans on the Polish outlets; PROVENANCE.txt
    caveat 3); native English = every other outlet country;
  * rank every eligible article by sha256("sitrep-realnews-1:" + id) as a hex string;
  * take the first 26 native and the first 16 machine-translated articles in that order;
  * split: inside each group, the 1st, 3rd, 5th ... article in rank order goes to dev, the 2nd, 4th ... to test.
Prints: id, group (native|mt), split (dev|test), rank, n_words.
"""
import hashlib
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/ukraine-news-gdelt-447/articles.jsonl"
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
eligible = [r for r in rows if 100 <= r["n_words"] <= 800]
key = lambda r: hashlib.sha256(("sitrep-realnews-1:" + r["id"]).encode()).hexdigest()
eligible.sort(key=key)
picked = {"native": [], "mt": []}
for r in eligible:
    group = "mt" if r["outlet_country"] == "PL" else "native"
    if len(picked[group]) < (16 if group == "mt" else 26):
        picked[group].append(r)
for group, items in picked.items():
    for i, r in enumerate(items):
        print(r["id"], group, "dev" if i % 2 == 0 else "test", i + 1, r["n_words"], sep="\t")
