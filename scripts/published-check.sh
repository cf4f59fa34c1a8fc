#!/usr/bin/env bash
# Compares our truck factors with the values the reference tool's authors published in November 2016, on the
# repositories of that list that are public: each analysed at the last first-parent commit before 2016-11-30.
# Usage: scripts/published-check.sh DIR [--log-dir DIR]
#   DIR holds full clones (bare or not) of the repositories, named either <owner>+<name>/repo (the layout of the
#   project's fetch tool) or <name> (as `git clone --mirror https://github.com/<owner>/<name>` makes them).
#   --log-dir keeps each mined history there (truckfactor analyze --log), so a second run takes seconds.
# Prints: repository, commit, published, default profile, reference profile (no filter), reference profile with
# our classifier, and whether the default profile matches.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[[ $# -ge 1 ]] || { sed -n 2,10p "$0" >&2; exit 2; }
clones=$(cd "$1" && pwd); shift
logs=""
if [[ "${1:-}" == "--log-dir" ]]; then
  mkdir -p "$2"; logs=$(cd "$2" && pwd); shift 2
fi
command -v python3 >/dev/null || { echo "published-check: python3 is required to read the JSON results" >&2; exit 1; }

# owner/name, revision, published value (../shared/reference/published/other_published.csv, November 2016 list).
cases=(
  "d3/d3 HEAD 1" "FortAwesome/Font-Awesome 4.x 1" "vuejs/vue HEAD 1" "jquery/jquery HEAD 4"
  "angular/angular.js HEAD 6" "electron/electron HEAD 1" "meteor/meteor HEAD 5" "atom/atom HEAD 4"
  "moby/moby HEAD 13" "rails/rails HEAD 11"
)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf '%-26s %-12s %9s %8s %10s %15s %s\n' repository commit published default reference "reference+cls" match
equal=0; total=0
for case in "${cases[@]}"; do
  read -r slug revision published <<<"$case"
  owner=${slug%%/*}; name=${slug##*/}
  repo=""
  for candidate in "$clones/$owner+$name/repo" "$clones/$name" "$clones/$name.git"; do
    [[ -d "$candidate" ]] && { repo=$candidate; break; }
  done
  if [[ -z "$repo" ]]; then
    printf '%-26s missing: clone https://github.com/%s into %s/%s\n' "$slug" "$slug" "$clones" "$name"
    continue
  fi
  log_args=(); [[ -n "$logs" ]] && log_args=(--log "$logs/$owner+$name.log.json.gz")
  run() {
    "$root/scripts/truckfactor" analyze "$repo" --commit "$revision" --at 2016-11-30 "${log_args[@]}" \
      --format json --output "$work/$1.json" "${@:2}" 2>"$work/$1.err" >/dev/null \
      || { echo "failed ($slug $1): $(tail -n 3 "$work/$1.err")" >&2; echo '{}' >"$work/$1.json"; }
  }
  run default --profile default
  run reference --profile reference
  run refcls --profile reference --classifier
  python3 - "$work" "$slug" "$published" <<'PYEOF'
import json, sys
work, slug, published = sys.argv[1], sys.argv[2], int(sys.argv[3])
def tf(kind):
    data = json.load(open(f"{work}/{kind}.json"))
    return data.get("truckFactor", "?"), data.get("commit", "?")[:12]
default, commit = tf("default")
print(f"{slug:26} {commit:12} {published:9} {default!s:>8} {tf('reference')[0]!s:>10} {tf('refcls')[0]!s:>15} "
      f"{'yes' if default == published else 'no'}")
PYEOF
  total=$((total + 1))
  [[ "$(python3 -c "import json;print(json.load(open('$work/default.json')).get('truckFactor'))")" == "$published" ]] \
    && equal=$((equal + 1))
done
echo "Default profile equals the published value on $equal of $total repositories."
