#!/usr/bin/env bash
# Mining benchmark: our miner against git itself, measured alternately in one run.
# Usage: scripts/bench.sh [--rounds N] <git-directory>...   real repositories (bare or with a work tree)
#        scripts/bench.sh --ci                              a generated history of 3,000 commits (under a minute)
# Prints one table row per repository: commits, our mining time and git log --name-status's (without and with
# rename detection), their ratio (git / ours: above 1 means we are faster), our peak memory, whether the records
# equal git's, the truck factor from a mined log, a re-run with the stored log, and the gain of two workers.
# Exits non-zero when any repository's records differ from git's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/artifacts/bench"

command -v dotnet >/dev/null || { echo "bench.sh: the .NET SDK (dotnet) is required" >&2; exit 1; }
command -v git >/dev/null || { echo "bench.sh: git is required" >&2; exit 1; }
if [[ $# -eq 0 ]]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

# Compiled ahead of time (ReadyToRun), as a deployed tool would be: small histories are otherwise mostly JIT time.
dotnet publish "$root/bench/Bench.csproj" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$out" -nologo -v quiet -clp:ErrorsOnly >&2
exec "$out/truckfactor-bench" run "$@"
