#!/usr/bin/env bash
# Rebuilds sitrep-core's event lexicons (cameo-verbs.tsv, cameo-plover.tsv) from the PETRARCH-2 CAMEO verb
# dictionary and PLOVER's CAMEO2PLOVER table (see PROVENANCE.md beside the output). Needs python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SITREP_SHARED:-$root/../shared}"
python3 "$here/build.py" \
  --verbs "$shared/eval/petrarch/petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt" \
  --plover "$shared/eval/plover-gsr/CAMEO2PLOVER-2021.txt" \
  --out "$root/sitrep-core/src/main/resources/org/sitrep/events"
