#!/usr/bin/env python3
"""Writes N articles for memory and load runs: a JSON Lines corpus repeated, each line given its own id and url.

The ledger's article id is a hash of text and url, so every written line is a new article even when the corpus
repeats a text. Output goes to OUT_DIR as copy-KK.jsonl files (one per pass over the corpus, each far under the
20 MiB read limit). Keep OUT_DIR outside the repository (e.g. /tmp): the corpus is evaluation data.

usage: repeat_corpus.py CORPUS.jsonl OUT_DIR N
"""
import json
import os
import sys


def main(corpus, out_dir, n):
    lines = [line for line in open(corpus, encoding="utf-8") if line.strip()]
    os.makedirs(out_dir, exist_ok=True)
    written, copy = 0, 0
    while written < n:
        with open(os.path.join(out_dir, "copy-%02d.jsonl" % copy), "w", encoding="utf-8") as out:
            for i, line in enumerate(lines):
                if written == n:
                    break
                article = json.loads(line)
                article["id"] = "copy-%d-%s" % (copy, article.get("id", i))
                article["url"] = "https://copy-%d.example/%d" % (copy, i)
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
                written += 1
        copy += 1
    print("%d articles in %d files in %s" % (written, copy, out_dir))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-1])
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
