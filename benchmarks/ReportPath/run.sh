#!/usr/bin/env bash
# Progress's report path inside one process, under BenchmarkDotNet: SubmitSessionReport (a good
# session and a pain flare) through the service's own use case and DbContext on a SQLite file,
# against the same rows written with plain prepared commands (the floor). Prints BenchmarkDotNet's
# summary (wall time, CPU/op, allocations, ratio to the floor), then CPU per operation around a
# plain loop, and the machine's load average before and after.
#
# Arguments go to the program: "--loop N" (operations in the plain loop, 500 by default),
# "--loop-only", or BenchmarkDotNet's own (e.g. --filter '*flare*'). See README.md beside this script.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=../../scripts/lib/prerequisites.sh
. "$ROOT/scripts/lib/prerequisites.sh"

PROJECT="$HERE/ReportPath.csproj"
DLL="$HERE/bin/Release/net10.0/Telehealth.Benchmarks.ReportPath.dll"

require_dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# BenchmarkDotNet's logs and reports go to RESULTS_DIR when set, else to a temporary folder.
if [[ -n ${RESULTS_DIR:-} ]]; then
    mkdir -p "$RESULTS_DIR"
    WORK=$(cd "$RESULTS_DIR" && pwd)
else
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
fi

echo "building ReportPath (Release)"
if ! dotnet build "$PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1; then
    cat "$WORK/build.log" >&2
    echo "run.sh: ReportPath did not build" >&2
    exit 1
fi

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
(cd "$WORK" && dotnet "$DLL" --artifacts "$WORK/BenchmarkDotNet.Artifacts" "$@")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average before: $LOAD_BEFORE, after: $LOAD_AFTER ($(nproc) cores; other work inflates wall and CPU time alike)"
