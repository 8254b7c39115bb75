#!/usr/bin/env python3
"""Issue 9's "done when" check: how many claims lack an actor code although the text names the speaker's country or
office. Draws a seeded random sample of claims without and with a code from `sitrep claims --json` and prints each
with its surroundings, for a person to judge (the verdicts go in data/realnews-claims/uncoded-check-*.tsv).

  ./sitrep analyze ../shared/eval/ukraine-news-gdelt-447/articles.jsonl --db DB > analyze.log
  ./sitrep claims --db DB --json > claims.json
  tools/realnews/sample_uncoded.py claims.json analyze.log [N] [SEED] > sample.txt

Article texts are read from the corpus by the ids the analyze log prints; an article whose stored text differs from
the corpus line is read back with `./sitrep show --json` (run from the project root)."""
import sys
sys.path.pop(0)  # this folder's select.py would shadow the standard library's select (used by subprocess)
import json, random, re, subprocess

CORPUS = '../shared/eval/ukraine-news-gdelt-447/articles.jsonl'


def main(claims_file, log_file, n=60, seed=20261206):
    ids = {}
    for h, i in re.findall(r'^([0-9a-f]{16})\s.*\(id (\S+)\)(?:  \((?:re-analyzed|already stored)\))?$', re.sub(r'\x1b\[[0-9;]*m', '', open(log_file).read()), re.M):
        ids.setdefault(h, i)
    texts = {}
    for line in open(CORPUS):
        d = json.loads(line)
        texts[d['id']] = d['text']
    db = re.search(r'Ledger (\S+) holds', open(log_file).read()).group(1)
    claims = json.load(open(claims_file))['claims']
    uncoded = [c for c in claims if not c['source'].get('code')]
    coded = [c for c in claims if c['source'].get('code')]
    print(f"claims {len(claims)}, without a code {len(uncoded)} ({len(uncoded) / len(claims):.1%})", file=sys.stderr)
    rnd = random.Random(seed)
    for stratum, pool in (('U', uncoded), ('C', coded)):
        for i, c in enumerate(rnd.sample(pool, n)):
            ev, cue = c['evidence'], c['cueSpan']
            t = texts[ids[ev['article']]]
            if t[cue['start']:cue['end']] != c['cue']:
                shown = subprocess.run(['./sitrep', 'show', '--json', '--db', db, ev['article']],
                                       capture_output=True, text=True, check=True).stdout
                t = json.loads(shown)['article']['text']
            before = t[max(0, ev['start'] - 300):ev['start']].replace('\n', ' ')
            body = t[ev['start']:ev['end']].replace('\n', ' ')
            src = c['source']
            print(f"## {stratum}{i:02d} id={c['id']} art={ids[ev['article']]} code={src.get('code')} "
                  f"src=[{src.get('text')}] name=[{src.get('name')}] cue={c['cue']}")
            print(f"   ...{before}")
            print(f"   >>> {body[:400]}")


if __name__ == '__main__':
    a = sys.argv[1:]
    main(a[0], a[1], *(int(x) for x in a[2:4]))
