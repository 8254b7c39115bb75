#!/usr/bin/env bash
# Rebuilds sitrep-core's actor registry from its seeds (see PROVENANCE.md beside the output).
# Needs: python3, java 17, npm (registry access for `npm pack`), the petrarch dictionaries in shared/eval.
# Usage: tools/actors/build.sh [PETRARCH_DICTIONARY_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SITREP_SHARED:-}"
if [[ -z "$shared" ]]; then
  d="$root"; while [[ "$d" != / && ! -d "$d/shared/eval" ]]; do d="$(dirname "$d")"; done
  shared="$d/shared"
fi
petrarch="${1:-$shared/eval/petrarch/petrarch2/petrarch2/data/dictionaries}"
[[ -f "$petrarch/Phoenix.Countries.actors.txt" ]] || { echo "petrarch dictionaries not found at $petrarch" >&2; exit 1; }
work="$(mktemp -d /tmp/sitrep-actors.XXXXXX)"
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent i18n-iso-countries@7.14.0 i18n-nationality@1.4.0 countries-list@3.4.1 >/dev/null )
for f in "$work"/*.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
java "$here/LocaleCountries.java" > "$work/locale.tsv"
python3 "$here/build.py" --petrarch "$petrarch" --npm "$work" --locale "$work/locale.tsv" \
  --curated "$here/curated.tsv" --curated-agents "$here/curated-agents.tsv" \
  --out "$root/sitrep-core/src/main/resources/org/sitrep/resolve/actors"
