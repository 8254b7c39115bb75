#!/usr/bin/env python3
"""Picks the articles of dev5, the fifth development split of the real-news attribution set (issue 9).

Rule (fixed; re-running prints the same list): the eligibility and the native / machine-translated groups of
select.py (100 <= n_words <= 800; outlet_country "PL" = machine-translated); left out: every article of any
data/realnews-claims/*.tsv or data/realnews-assertions/*.tsv, and any article whose text (whitespace collapsed)
equals the text of one of those under another id (the corpus holds copies); rank by
sha256("sitrep-realnews-dev5:" + id) as a hex string; take the first 3 native and the first 3 machine-translated
articles in that order. All of them are dev5 (development data, no test part).
Prints: id, group (native|mt), rank, n_words.
"""
import glob
import hashlib
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/ukraine-news-gdelt-447/articles.jsonl"


def text_key(text):
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


taken = set()
for gold in sorted(glob.glob("data/realnews-claims/*.tsv") + glob.glob("data/realnews-assertions/*.tsv")):
    for line in open(gold, encoding="utf-8"):
        if line.startswith("article\t"):
            taken.add(line.split("\t")[1])
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
taken_texts = {text_key(r["text"]) for r in rows if r["id"] in taken}
eligible = [r for r in rows
            if 100 <= r["n_words"] <= 800 and r["id"] not in taken and text_key(r["text"]) not in taken_texts]
eligible.sort(key=lambda r: hashlib.sha256(("sitrep-realnews-dev5:" + r["id"]).encode()).hexdigest())
picked = {"native": [], "mt": []}
for r in eligible:
    group = "mt" if r["outlet_country"] == "PL" else "native"
    if len(picked[group]) < 3:
        picked[group].append(r)
for group, items in picked.items():
    for i, r in enumerate(items):
        print(r["id"], group, i + 1, r["n_words"], sep="\t")
