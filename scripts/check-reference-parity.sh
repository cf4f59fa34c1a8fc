#!/usr/bin/env bash
# Checks the reference profile against ../shared/reference/expected.tsv on local copies of the repositories
# listed there (not part of CI: real histories are not available to it). For each row it runs
# `truckfactor analyze --profile reference --commit <sha> --format json` and compares the truck factor and the
# authored-file counts of the truck-factor developers, then prints "N/M match".
#
# Usage: scripts/check-reference-parity.sh [MIRRORS_DIR] [EXPECTED_TSV]
#   MIRRORS_DIR holds one git directory per repository, named owner+name (with or without a /repo subfolder),
#   as the tool library's fetch lays them out; default ../.mirror next to the checkout.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
mirrors=${1:-$here/../.mirror}
expected=${2:-$here/../shared/reference/expected.tsv}

dotnet build "$here/src/Cli/Cli.csproj" -c Release -v quiet -nologo >/dev/null
cli="$here/src/Cli/bin/Release/net10.0/truckfactor"

matched=0; total=0
while IFS=$'\t' read -r repo commit tf files coverage authors; do
  [[ -z "$repo" || "$repo" == \#* || "$repo" == repo ]] && continue
  total=$((total + 1))
  dir="$mirrors/${repo/\//+}"
  [[ -d "$dir/repo" ]] && dir="$dir/repo"
  if [[ ! -d "$dir" ]]; then
    echo "MISSING  $repo@${commit:0:12}: no local copy at $dir"
    continue
  fi
  json=$("$cli" analyze "$dir" --profile reference --commit "$commit" --format json 2>/dev/null) || {
    echo "ERROR    $repo@${commit:0:12}: analyze failed"; continue; }
  ours=$(python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
print(r["truckFactor"], "|".join("{}({})".format(a["name"], a["files"]) for a in r["authors"]), sep="\t")' <<<"$json")
  our_tf=${ours%%$'\t'*}; our_authors=${ours#*$'\t'}
  counts() { grep -o '([0-9]*)' <<<"$1" | tr -d '()' | paste -sd, -; }
  if [[ "$our_tf" == "$tf" && "$(counts "$our_authors")" == "$(counts "$authors")" ]]; then
    matched=$((matched + 1)); verdict=MATCH
  else
    verdict=DIFFER
  fi
  echo "$verdict    $repo@${commit:0:12}: expected TF $tf $authors; ours TF $our_tf $our_authors"
done < "$expected"
echo "$matched/$total match"
