#!/usr/bin/env python3
"""Builds sitrep's actor registry (actors.tsv) and sector-noun list (agents.tsv).

Inputs (see PROVENANCE.md beside the output):
  --petrarch DIR   the petrarch2 dictionaries folder (Phoenix.*.txt; MIT)
  --npm DIR        unpacked npm packages i18n-iso-countries, i18n-nationality, countries-list (MIT)
  --locale FILE    output of LocaleCountries.java (JDK java.util.Locale: alpha-2, alpha-3, English name)
  --curated FILE   tools/actors/curated.tsv (hand-written rows; they win over the seeds)
  --curated-agents FILE
  --out DIR        where actors.tsv and agents.tsv go

Output is deterministic (sorted) so that a rebuild shows a clean diff.
"""
import argparse
import datetime
import glob
import json
import os
import re
import sys

COLUMNS = ["id", "code", "kind", "country", "parent", "name", "aliases", "demonyms", "capitals", "roles", "source"]

# CAMEO sector codes (the 3 letters after a country or IGO prefix) to the registry's actor kind.
SECTOR_KIND = {
    "GOV": "GOVERNMENT", "MIL": "MILITARY", "MED": "MEDIA", "JRN": "MEDIA", "PTY": "PARTY", "REB": "ARMED_GROUP",
    "UAF": "ARMED_GROUP", "INS": "ARMED_GROUP", "COP": "POLICE", "SPY": "INTELLIGENCE", "LEG": "LEGISLATURE",
    "JUD": "JUDICIARY", "OPP": "OPPOSITION", "ELI": "ELITE", "CVL": "CIVILIANS", "REF": "CIVILIANS",
}
KEEP_PREFIXES = ("IGO", "NGO", "IMG")  # international organisations and militant groups; MNC (companies) are dropped


def phrase(raw):
    """A petrarch phrase (WORDS_JOINED_BY_UNDERSCORES_) as display text."""
    words = [w for w in re.split(r"[_ ]+", raw.strip()) if w]
    return " ".join(words)


def title(text):
    """Display case for an all-caps petrarch phrase; keeps short acronyms (UN, NATO, U.S.) as they are."""
    out = []
    for w in text.split(" "):
        bare = w.replace(".", "").replace("-", "")
        if len(bare) <= 4 and ("." in w or w in ("UN", "EU", "US", "NATO", "DPRK", "USSR", "ROK", "PLO", "IAEA", "OSCE",
                                                 "KCNA", "TASS", "FSB", "SBU", "KPA", "PLA")):
            out.append(w)
        else:
            word = "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
            out.append(word.lower() if out and word.lower() in ("of", "the", "and", "for", "in", "on", "to") else word)
    return " ".join(out)


def slug(text):
    return re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")


def parse_date(s):
    """petrarch dates: YYYYMMDD or YYMMDD (two-digit years below 30 are 20xx). None when malformed."""
    if len(s) == 8 and s.isdigit():
        y, m, d = s[:4], s[4:6], s[6:]
    elif len(s) == 6 and s.isdigit():
        yy = int(s[:2])
        y, m, d = str(2000 + yy if yy < 30 else 1900 + yy), s[2:4], s[4:]
    else:
        return None
    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def parse_code(spec):
    """'[RUSGOV 991231-080507]' -> (code, from, to); from/to '' when open; None when malformed."""
    parts = spec.strip().strip("[]").split()
    if not parts:
        return None
    code = parts[0].lstrip("~")
    if not re.fullmatch(r"[A-Z]{3,15}", code):
        return None
    if len(parts) == 1:
        return code, "", ""
    r = parts[1]
    if r.startswith(">"):
        d = parse_date(r[1:])
        return (code, d, "") if d else None
    if r.startswith("<"):
        d = parse_date(r[1:])
        return (code, "", d) if d else None
    if "-" in r:
        a, b = r.split("-", 1)
        da, db = parse_date(a), parse_date(b)
        return (code, da, db) if da and db else None
    return None


def read_actor_file(path):
    """Yields records {names: [...], codes: [(code, from, to)], comment, line} from a TABARI/PETRARCH actor file."""
    rec = None
    with open(path, encoding="latin-1") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            comment = ""
            if "#" in line:
                line, comment = line.split("#", 1)
            if not line.strip():
                if comment and rec is not None:
                    rec["comment"] += comment
                continue
            codes = [parse_code(c) for c in re.findall(r"\[[^\]]*\]", line)]
            text = re.sub(r"\[[^\]]*\]|\{[^}]*\}", " ", line)
            if line[:1] in ("\t", " ") and not text.strip():
                if rec is not None:
                    rec["codes"] += [c for c in codes if c]
                continue
            if line.startswith("+"):
                if rec is not None:
                    rec["names"].append(phrase(text[1:]))
                    rec["codes"] += [c for c in codes if c]
                continue
            if rec is not None:
                yield rec
            rec = {"names": [phrase(text)], "codes": [c for c in codes if c], "comment": comment, "line": n}
    if rec is not None:
        yield rec


def kind_of(code, is_person):
    if is_person:
        return "PERSON"
    if len(code) == 3 and code not in ("IGO", "NGO", "IMG"):
        return "STATE"
    prefix, rest = code[:3], code[3:]
    if prefix == "IGO":
        return "IGO"
    if prefix == "NGO":
        return "NGO"
    if prefix == "IMG":
        return "ARMED_GROUP"
    return SECTOR_KIND.get(rest[:3], "OTHER")


def load_npm(npm_dir):
    def find(pkg, rel):
        hits = glob.glob(os.path.join(npm_dir, pkg + "*", "package", rel))
        if not hits:
            sys.exit(f"build.py: {pkg} not unpacked under {npm_dir} (missing {rel})")
        return hits[0]
    codes = json.load(open(find("i18n-iso-countries", "codes.json")))
    alpha3 = {c[0]: c[1] for c in codes}
    names = json.load(open(find("i18n-iso-countries", "langs/en.json")))["countries"]
    nationality = json.load(open(find("i18n-nationality", "langs/en.json")))["nationalities"]
    capitals = json.load(open(find("countries-list", "countries.min.json")))
    return alpha3, names, nationality, capitals


def main():
    ap = argparse.ArgumentParser()
    for a in ("--petrarch", "--npm", "--locale", "--curated", "--curated-agents", "--out"):
        ap.add_argument(a, required=True)
    args = ap.parse_args()
    alpha3, npm_names, npm_nat, npm_countries = load_npm(args.npm)
    pdir = args.petrarch
    agents = read_agents(pdir, args.curated_agents)

    actors = {}  # id -> row dict

    # 1. Countries: JDK Locale + i18n-iso-countries names, i18n-nationality demonyms, countries-list capitals.
    for line in open(args.locale, encoding="utf-8"):
        a2, a3, name = line.rstrip("\n").split("\t")
        if not a3:
            continue
        row = actors.setdefault(a3, new_row(a3, a3, "STATE", a3, "", name, "jdk-locale"))
        add(row, "aliases", name)
    for a2, a3 in alpha3.items():
        n = npm_names.get(a2)
        variants = n if isinstance(n, list) else [n] if n else []
        row = actors.get(a3)
        if row is None:
            row = actors[a3] = new_row(a3, a3, "STATE", a3, "", variants[0] if variants else a3, "")
        row["source"] = add_source(row["source"], "i18n-iso-countries")
        for v in variants:
            add(row, "aliases", v)
        if a2 in npm_nat:
            add(row, "demonyms", npm_nat[a2])
            row["source"] = add_source(row["source"], "i18n-nationality")
        c = npm_countries.get(a2)
        if c:
            if c.get("capital"):
                for cap in c["capital"].split(","):
                    add(row, "capitals", cap.strip())
            for al in c.get("alias", []) or []:
                add(row, "aliases", al)
            row["source"] = add_source(row["source"], "countries-list")
    iso3 = set(actors)

    # 2. Petrarch dictionaries.
    pdir = args.petrarch
    country = None
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        src = "petrarch:" + fname
        for rec in read_actor_file(os.path.join(pdir, fname)):
            codes = rec["codes"]
            names = [n for n in rec["names"] if n]
            if not names:
                continue
            if fname == "Phoenix.Countries.actors.txt" and len(codes) == 1 and len(codes[0][0]) == 3 \
                    and not codes[0][1] and not codes[0][2] and codes[0][0] not in ("IGO", "NGO", "IMG"):
                # A country header: keep the name variants (not its towns and provinces: those are places).
                country = codes[0][0]
                merge_country(actors, country, names, src, agents)
                continue
            if not codes:
                continue  # no code: petrarch treats it as a null actor
            is_person = any(c[1] or c[2] for c in codes) or "CountryInfo" in rec["comment"] \
                or "IGOrulers" in rec["comment"]
            main = codes[-1] if is_person else codes[0]
            code = main[0]
            if len(code) == 3 and "CountryInfo" not in rec["comment"] and "IGOrulers" not in rec["comment"]:
                if code in iso3:  # a country's former or alternative entry ("ESTONIA_ [SUNEST <910906]"): its names
                    merge_country(actors, code, [""] + names, src, agents)
                continue
            if code.startswith("MNC") or (len(code) < 3):
                continue
            if code[:3] not in iso3 and not code.startswith(KEEP_PREFIXES):
                continue  # historical or non-standard prefixes (SUN, YUG…): out of scope for current news
            if is_person and not any((not c[2]) or c[2] >= "1980" for c in codes):
                continue  # persons whose every role ended before 1980
            name = title(names[0])
            aid = slug(names[0]) if is_person else code + "/" + slug(names[0])
            ctry = code[:3] if code[:3] in iso3 else ""
            row = actors.get(aid)
            if row is None:
                row = actors[aid] = new_row(aid, code, kind_of(code, is_person), ctry,
                                            ctry if ctry and ctry != code else "", name, src)
            for n in names:
                add(row, "aliases", title(n))
            if is_person:
                for c, f, t in codes:
                    add(row, "roles", f"{c};{f};{t};")

    # 3. Curated rows win (merged by id: lists are united, scalar fields replaced when given).
    for line in open(args.curated, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        cols += [""] * (10 - len(cols))
        aid, code, kind, ctry, parent, name, aliases, demonyms, capitals, roles = cols[:10]
        row = actors.get(aid)
        if row is None:
            row = actors[aid] = new_row(aid, code, kind, ctry, parent, name or aid, "curated")
        else:
            row["source"] = add_source(row["source"], "curated")
            for k, v in (("code", code), ("kind", kind), ("country", ctry), ("parent", parent), ("name", name)):
                if v:
                    row[k] = v
            if roles:
                row["roles"] = []  # curated roles replace the seed's (they are newer and carry titles)
        for k, v in (("aliases", aliases), ("demonyms", demonyms), ("capitals", capitals), ("roles", roles)):
            for item in v.split("|"):
                if item:
                    add(row, k, item)

    for row in actors.values():
        caps = {c.lower() for c in row["capitals"]}
        row["aliases"] = [a for a in row["aliases"] if a.lower() not in caps]

    # A person the curators named is that person, not also an alias of a seed row (petrarch lists "John Kirby"
    # under USAMIL and "Sergei Lavrov" under a second Lavrov): the name stays with the curated row alone.
    curated_people = set()
    for row in actors.values():
        if row["kind"] == "PERSON" and "curated" in row["source"]:
            curated_people.update(n.lower() for n in [row["name"]] + row["aliases"])
    for row in actors.values():
        if not (row["kind"] == "PERSON" and "curated" in row["source"]):
            row["aliases"] = [a for a in row["aliases"] if a.lower() not in curated_people]

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "actors.tsv"), "w", encoding="utf-8") as f:
        f.write("#" + "\t".join(COLUMNS) + "\n")
        for aid in sorted(actors):
            row = actors[aid]
            f.write("\t".join(clean("|".join(row[c]) if isinstance(row[c], list) else row[c]) for c in COLUMNS) + "\n")

    with open(os.path.join(args.out, "agents.tsv"), "w", encoding="utf-8") as f:
        f.write("#phrase\tsector\tsource\n")
        for p in sorted(agents):
            f.write(f"{p}\t{agents[p][0]}\t{agents[p][1]}\n")
    print(f"actors.tsv: {len(actors)} actors; agents.tsv: {len(agents)} sector nouns", file=sys.stderr)


def read_agents(pdir, curated_agents):
    agents = {}
    macros = {}
    for line in open(os.path.join(pdir, "Phoenix.agents.txt"), encoding="latin-1"):
        line = line.split("#", 1)[0].rstrip()
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
        if not m:
            continue
        for p in expand(m.group(1).strip(), macros):
            text = phrase(p).lower()
            if text and re.fullmatch(r"[a-z0-9 .'\-/]+", text):
                agents.setdefault(text, (m.group(3), "petrarch:Phoenix.agents.txt"))
    for line in open(curated_agents, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p, sector = line.rstrip("\n").split("\t")[:2]
        agents[p.lower()] = (sector, "curated")
    return agents


def expand(p, macros):
    for macro, words in macros.items():
        if macro in p:
            return [q for w in words for q in expand(p.replace(macro, w, 1), macros)]
    return [p]


GENERIC_WORDS = {"state", "states", "united", "republic", "democratic", "people", "peoples", "kingdom", "islands",
                 "island", "federation", "federal", "north", "south", "east", "west", "new", "saint", "great", "arab",
                 "central", "union", "socialist", "islamic", "popular", "commonwealth", "territory", "country",
                 "america", "american"}


def initials(text, skip):
    words = [w for w in re.findall(r"[A-Za-z']+", text) if not (skip and w.lower() in ("of", "the", "and"))]
    return "".join(w[0] for w in words).upper()


def merge_country(actors, code, names, src, agents):
    """Adds a petrarch country header's spelling variants and demonyms; drops its towns and provinces (places)."""
    row = actors.get(code)
    if row is None:
        return  # not an ISO 3166 country today
    row["source"] = add_source(row["source"], src)
    known = row["aliases"] + row["demonyms"]
    stems = {w[:5].lower() for k in known for w in re.findall(r"[A-Za-z]{5,}", k) if w.lower() not in GENERIC_WORDS}
    acronyms = {initials(k, skip) for k in known if " " in k for skip in (False, True)}
    capitals = {c.lower() for c in row["capitals"]}
    for n in names[1:]:
        t = title(n)
        bare = n.replace(".", "").replace(" ", "")
        is_acronym = len(bare) <= 5 and bare.isalpha() and bare.upper() in acronyms
        words = [w for w in re.findall(r"[A-Za-z]+", n) if w.lower() not in GENERIC_WORDS]
        variant = any(len(w) >= 5 and w[:5].lower() in stems for w in words)
        if t.lower() in capitals or not (variant or is_acronym):
            continue
        lw = t.lower().split()
        if any(" ".join(lw[a:b]) in agents for a in range(len(lw)) for b in range(a + 1, len(lw) + 1)):
            continue  # "Estonian Foreign Minister" is a title, not a name of the country
        if is_acronym:
            add(row, "aliases", bare.upper() if "." not in n else n.replace(" ", ""))
        elif " " not in n and re.search(r"(AN|IAN|ESE|ISH|I)$", n.upper()):
            add(row, "demonyms", t)
        else:
            add(row, "aliases", t)


def new_row(aid, code, kind, country, parent, name, source):
    return {"id": aid, "code": code, "kind": kind, "country": country, "parent": parent, "name": name,
            "aliases": [], "demonyms": [], "capitals": [], "roles": [], "source": source}


def add(row, key, value):
    value = value.strip()
    if value and value.lower() not in (v.lower() for v in row[key]):
        row[key].append(value)


def add_source(sources, s):
    parts = [p for p in sources.split(",") if p]
    if s not in parts:
        parts.append(s)
    return ",".join(parts)


def clean(s):
    return s.replace("\t", " ").replace("\n", " ")


if __name__ == "__main__":
    main()
