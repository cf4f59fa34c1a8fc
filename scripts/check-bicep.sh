#!/usr/bin/env bash
# Checks the Bicep templates under infra/bicep: builds every .bicep file and every .bicepparam file with the Bicep
# CLI (restored from NuGet through infra/tools/BicepCli.csproj), lints the parameters files, and fails on any error
# or warning, linter rules included (their levels are in infra/bicep/bicepconfig.json). Build output goes to a
# temporary folder; nothing is written into the repository. Ends with one summary line and exits non-zero on any
# problem. Runs from any working directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bicep_version=0.49.2 # the version infra/tools/BicepCli.csproj downloads
package=azure.bicep.commandline.linux-x64

command -v dotnet >/dev/null || { echo "check-bicep.sh: 'dotnet' is required but not installed" >&2; exit 1; }
if [[ "$(uname -s)/$(uname -m)" != Linux/x86_64 ]]; then
  echo "check-bicep.sh: the Bicep CLI package used here is for linux-x64, not $(uname -s)/$(uname -m)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# The restore's own files (project.assets.json and so on) go to the temporary folder, not infra/tools/obj.
if ! (cd "$root" && dotnet restore infra/tools/BicepCli.csproj -nologo \
      -p:BaseIntermediateOutputPath="$work/obj/") >"$work/restore.log" 2>&1; then
  cat "$work/restore.log" >&2
  echo "check-bicep.sh: could not restore $package $bicep_version from NuGet" >&2
  exit 1
fi

packages=${NUGET_PACKAGES:-$(cd "$root" && dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')}
bicep="${packages%/}/$package/$bicep_version/tools/bicep"
[[ -f "$bicep" ]] || { echo "check-bicep.sh: the restore did not produce $bicep" >&2; exit 1; }
# NuGet extracts files without their execute bit.
[[ -x "$bicep" ]] || chmod +x "$bicep"

files=0
: >"$work/diagnostics"

# Runs one Bicep command and keeps its output. The same diagnostic comes back from every command that reads the
# file (a module's from main.bicep too), so diagnostics are counted once each, at the end.
check() {
  local status=0
  "$bicep" "$@" >>"$work/diagnostics" 2>&1 || status=$?
  if ((status != 0)); then
    echo "bicep $1 ${2#"$root/"} exited with status $status" >>"$work/diagnostics"
  fi
}

templates=()
params=()
while IFS= read -r -d '' file; do
  case "$file" in
    *.bicep) templates+=("$file") ;;
    *.bicepparam) params+=("$file") ;;
  esac
done < <(find "$root/infra/bicep" -type f \( -name '*.bicep' -o -name '*.bicepparam' \) -print0 | sort -z)

if ((${#templates[@]} == 0)); then
  echo "check-bicep.sh: no .bicep files under $root/infra/bicep" >&2
  exit 1
fi

for file in "${templates[@]}"; do
  relative=${file#"$root/infra/bicep/"}
  mkdir -p "$work/out/$(dirname "$relative")"
  check build "$file" --outfile "$work/out/${relative%.bicep}.json"
  files=$((files + 1))
done

# A token in the environment would be copied into the built parameters file; the check needs no real value.
for file in "${params[@]}"; do
  relative=${file#"$root/infra/bicep/"}
  mkdir -p "$work/out/$(dirname "$relative")"
  TRUCKFACTOR_GITHUB_TOKEN='' check build-params "$file" --outfile "$work/out/${relative%.bicepparam}.parameters.json"
  TRUCKFACTOR_GITHUB_TOKEN='' check lint "$file"
  files=$((files + 1))
done

awk '!seen[$0]++' "$work/diagnostics" >"$work/unique"
cat "$work/unique"
problems=$(grep -Eic 'warning|error' "$work/unique" || true)
failures=$(grep -c 'exited with status' "$work/unique" || true)
if ((problems > 0 || failures > 0)); then
  echo "Bicep: $problems warning(s) or error(s), $failures failed command(s), in $files file(s) under infra/bicep" \
    "(Bicep CLI $bicep_version)"
  exit 1
fi
echo "Bicep: ${#templates[@]} templates and ${#params[@]} parameters file(s) build and lint cleanly (Bicep CLI $bicep_version)"
