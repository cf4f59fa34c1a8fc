#!/usr/bin/env bash
# Runs every test of the solution: restore, build with warnings as errors, test, then checks the Bicep templates
# (scripts/check-bicep.sh) and runs the mining benchmark on a generated history (scripts/bench.sh --ci). Ends with
# one summary line,
# "Tests: N passed, M failed, K skipped", and exits non-zero if anything failed or no test ran.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

for tool in dotnet git node npm; do
  command -v "$tool" >/dev/null || { echo "test.sh: '$tool' is required but not installed (node and npm start Azurite for the storage tests: apt-get install nodejs npm)" >&2; exit 1; }
done

# The report tests open the HTML pages in headless Chromium (Debian's chromium package).
if ! command -v chromium >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  command -v chromium >/dev/null || {
    echo "test.sh: 'chromium' is required for the report tests: apt-get install -y chromium" >&2; exit 1; }
fi

dotnet restore TruckFactor.Functions.sln -nologo
dotnet build TruckFactor.Functions.sln --no-restore -c Release -nologo
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test TruckFactor.Functions.sln --no-build -c Release -nologo --settings tests/test.runsettings 2>&1 | tee "$log" || status=$?

# Each test assembly prints "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T ..." (or "Failed!  - ...").
read -r passed failed skipped < <(awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i ~ /Failed$/) f += $(i + 1); if ($i ~ / Passed$/) p += $(i + 1); if ($i ~ /Skipped$/) s += $(i + 1)
    } } END { print p + 0, f + 0, s + 0 }' "$log")
# The Bicep templates compile and lint without a single warning (the CLI comes from NuGet).
infra=0
"$root/scripts/check-bicep.sh" || infra=$?
# The mining benchmark on a generated history: prints ours against git and fails when the records differ.
bench=0
"$root/scripts/bench.sh" --ci || bench=$?

echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [[ "$status" -ne 0 || "$failed" -ne 0 || "$passed" -eq 0 || "$infra" -ne 0 || "$bench" -ne 0 ]]; then
  exit 1
fi
