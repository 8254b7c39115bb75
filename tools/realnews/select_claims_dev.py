#!/usr/bin/env python3
"""Picks the articles of a later development split of the real-news attribution set (issue 9): dev4 to dev10.

Rule (fixed; re-running prints the same list): the eligibility and the native / machine-translated groups of
select.py (100 <= n_words <= 800; outlet_country "PL" = machine-translated); left out: every article of the annotation
files that existed when the split was drawn (SPLITS below) and any article whose text (whitespace collapsed) equals
the text of one of those under another id (the corpus holds copies); rank by sha256("sitrep-realnews-SPLIT:" + id)
as a hex string; take the first N native and the first N machine-translated articles in that order. All of them are
development data (no test part).
Usage: python3 tools/realnews/select_claims_dev.py dev4|dev5|dev6|dev7|dev8|dev9|dev10 [ARTICLES.jsonl]
Prints: id, group (native|mt), rank, n_words.
"""
import hashlib
import json
import sys

BEFORE_DEV4 = ["realnews-claims/" + s for s in ("dev", "dev2", "dev3", "test")] \
    + ["realnews-assertions/" + s for s in ("dev", "dev2", "dev3", "test")]
# split -> (articles per group, annotation files (under data/, .tsv) whose articles are left out)
SPLITS = {
    "dev4": (4, BEFORE_DEV4),
    "dev5": (3, BEFORE_DEV4 + ["realnews-claims/dev4"]),
    "dev6": (4, BEFORE_DEV4 + ["realnews-claims/dev4", "realnews-claims/dev5", "realnews-assertions/dev4",
                               "realnews-claims/uncoded-check-5fcf419"]),
    "dev7": (4, BEFORE_DEV4 + ["realnews-claims/" + s for s in ("dev4", "dev5", "dev6", "uncoded-check-5fcf419",
                                                                 "uncoded-check-0d93988")]
             + ["realnews-assertions/dev4", "realnews-assertions/dev5"]),
    "dev8": (4, BEFORE_DEV4 + ["realnews-claims/" + s for s in ("dev4", "dev5", "dev6", "dev7", "uncoded-check-5fcf419",
                                                                 "uncoded-check-0d93988", "uncoded-check-6e2fd10")]
             + ["realnews-assertions/" + s for s in ("dev4", "dev5", "dev6")]),
    "dev9": (4, BEFORE_DEV4 + ["realnews-claims/" + s for s in ("dev4", "dev5", "dev6", "dev7", "dev8",
                                                                 "uncoded-check-5fcf419", "uncoded-check-0d93988",
                                                                 "uncoded-check-6e2fd10")]
             + ["realnews-assertions/" + s for s in ("dev4", "dev5", "dev6")]),
    "dev10": (4, BEFORE_DEV4 + ["realnews-claims/" + s for s in ("dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                                                                  "uncoded-check-5fcf419", "uncoded-check-0d93988",
                                                                  "uncoded-check-6e2fd10")]
             + ["realnews-assertions/" + s for s in ("dev4", "dev5", "dev6", "dev7", "dev8")]),
}
# a verdict file of stored claims (no article rows): its articles were read in part, so they are left out too
ARTICLE_COLUMN = {"realnews-claims/uncoded-check-5fcf419": 2, "realnews-claims/uncoded-check-0d93988": 2,
                  "realnews-claims/uncoded-check-6e2fd10": 2}

split = sys.argv[1] if len(sys.argv) > 1 else ""
if split not in SPLITS:
    sys.exit("usage: select_claims_dev.py dev4|dev5|dev6|dev7|dev8|dev9|dev10 [ARTICLES.jsonl]")
path = sys.argv[2] if len(sys.argv) > 2 else "../shared/eval/ukraine-news-gdelt-447/articles.jsonl"
per_group, before = SPLITS[split]


def text_key(text):
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


taken = set()
for gold in before:
    for line in open(f"data/{gold}.tsv", encoding="utf-8"):
        if gold in ARTICLE_COLUMN and not line.startswith("#"):
            taken.add(line.rstrip("\n").split("\t")[ARTICLE_COLUMN[gold]])
        elif line.startswith("article\t"):
            taken.add(line.split("\t")[1])
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
taken_texts = {text_key(r["text"]) for r in rows if r["id"] in taken}
eligible = [r for r in rows
            if 100 <= r["n_words"] <= 800 and r["id"] not in taken and text_key(r["text"]) not in taken_texts]
eligible.sort(key=lambda r: hashlib.sha256((f"sitrep-realnews-{split}:" + r["id"]).encode()).hexdigest())
picked = {"native": [], "mt": []}
for r in eligible:
    group = "mt" if r["outlet_country"] == "PL" else "native"
    if len(picked[group]) < per_group:
        picked[group].append(r)
for group, items in picked.items():
    for i, r in enumerate(items):
        print(r["id"], group, i + 1, r["n_words"], sep="\t")
