#!/usr/bin/env python3
"""Picks the articles of a late development split of the real-news assertion set (issue 10): dev5, dev6 or dev7.

Rule (fixed; re-running prints the same list): eligible are articles of MIN_WORDS..MAX_WORDS words with at least
MIN_MATCHES whole-word, case-insensitive matches of BATTLE (as select_assertions.py); left out: every article of the
annotation files that existed when the split was drawn (its BEFORE list: all of data/realnews-claims and
data/realnews-assertions at that time; an article id anywhere in a line counts) and any text (whitespace collapsed)
equal to one of theirs under another id or to one met earlier in the order; ranked by sha256(SALT + id) as a hex
string, for dev6 after putting the texts with at least 3 matches first; the first N (10) form the split, whether or
not they hold an assertion (development data, no test part).
- dev5 (2026-12-06): dev4's eligibility, 100-1600 words, at least 3 matches.
- dev6 (2026-12-07 01:40 UTC): dev4's eligibility leaves only 4 unused texts, so 100-2500 words with at least 2
  matches, the texts with at least 3 first (they hold more assertions).
- dev7 (2026-12-07 14:15 UTC): dev6's eligibility leaves 9 unused texts (the 10th, 2682 words, is over the bound),
  so 100-3000 words with at least 2 matches, the texts with at least 3 first: all 10 such texts are taken.
- dev8 (2026-12-07 17:30 UTC): no text outside the annotation files is left with 2 matches, so the pool is the
  articles of the claims development splits (data/realnews-claims/dev*.tsv, never its test), which the assertion
  rules were never developed on, less those of any assertion file; dev7's bounds, at least 3 matches first.
Usage: python3 tools/realnews/select_assertions_dev.py dev5|dev6|dev7|dev8 [ARTICLES.jsonl]   (from the repository root)
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
BEFORE_DEV5 = ["realnews-claims/" + s for s in ("dev", "dev2", "dev3", "dev4", "dev5", "test", "uncoded-check-5fcf419")] \
    + ["realnews-assertions/" + s for s in ("dev", "dev2", "dev3", "dev4", "test")]
# split: (BEFORE, min words, max words, min matches, texts with >= 3 matches first)
SPLITS = {
    "dev5": (BEFORE_DEV5, 100, 1600, 3, False),
    "dev6": (BEFORE_DEV5 + ["realnews-claims/" + s for s in ("dev6", "uncoded-check-0d93988")]
             + ["realnews-assertions/dev5"], 100, 2500, 2, True),
    # every annotation file on 2026-12-07 14:15 UTC
    "dev7": (["realnews-claims/" + s for s in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8",
                                               "test", "uncoded-check-0d93988", "uncoded-check-5fcf419",
                                               "uncoded-check-6e2fd10")]
             + ["realnews-assertions/" + s for s in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test")],
             100, 3000, 2, True),
    "dev8": (["realnews-assertions/" + s for s in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "test")]
             + ["realnews-claims/test"], 100, 3000, 2, True),
}
# a split drawn only from the articles of these files (before: everything outside the annotation files)
ONLY = {"dev8": ["realnews-claims/" + s for s in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")]}
N = 10
ARTICLE_ID = re.compile(r"\d{8}T\d{6}Z_[A-Z]{2}_[a-z]{2}_[0-9a-f]{10}")


def text_key(text):
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def ids(files):
    """Every article id named anywhere in the files (uncoded-check names them in its third column)."""
    found = set()
    for gold in files:
        for line in open(f"data/{gold}.tsv", encoding="utf-8"):
            found.update(f for f in line.rstrip("\n").split("\t") if ARTICLE_ID.fullmatch(f))
    return found


def main(split, path="../shared/eval/ukraine-news-gdelt-447/articles.jsonl"):
    before, min_words, max_words, min_matches, three_first = SPLITS[split]
    taken = ids(before)
    only = ids(ONLY[split]) if split in ONLY else None
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    seen = {text_key(r["text"]) for r in rows if r["id"] in taken}
    pool = [r for r in rows if r["id"] not in taken and (only is None or r["id"] in only)
            and min_words <= r["n_words"] <= max_words
            and len(BATTLE.findall(r["text"])) >= min_matches]
    pool.sort(key=lambda r: (three_first and len(BATTLE.findall(r["text"])) < 3,
                             hashlib.sha256((f"sitrep-realnews-assert-{split}:" + r["id"]).encode()).hexdigest()))
    picked = []
    for r in pool:
        key = text_key(r["text"])
        if key not in seen and len(picked) < N:
            picked.append(r)
        seen.add(key)
    for i, r in enumerate(picked):
        print(r["id"], "mt" if r["outlet_country"] == "PL" else "native", i + 1, r["n_words"],
              len(BATTLE.findall(r["text"])), sep="\t")


if __name__ == "__main__":
    main(*sys.argv[1:])
