#!/usr/bin/env bash
# Runs the whole test suite. On first use it installs what the tests need:
# Debian's rabbitmq-server, chromium, python3-grpcio and python3-grpc-tools (as root) and the
# npm packages of the interop peers. Ends with one line: "tests: N passed, N failed, N skipped".
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/prerequisites.sh
. "$ROOT/scripts/lib/prerequisites.sh"

require_dotnet
require_node
require_debian_packages "/usr/bin/python3 -c 'import grpc, grpc_tools'" python3-grpcio python3-grpc-tools
require_debian_packages "test -x /usr/lib/rabbitmq/bin/rabbitmq-server" rabbitmq-server
require_debian_packages "test -x /usr/bin/chromium" chromium
require_npm_packages "$ROOT/tests/Grpc.Interop.Tests/peers/node"
require_npm_packages "$ROOT/clients/patient-app"

cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
dotnet build Telehealth.sln -c Release -nologo -v quiet || { echo "tests: 0 passed, 1 failed (the build failed)"; exit 1; }
# A test still running after 20 minutes is hung (the longest, the fault test, takes a few): its
# test host is ended and the test named, so one hang costs the run a failure, not its time limit.
# One test project at a time (-m:1): the system tests of two projects each start whole systems,
# and run side by side on two cores a service took three minutes to start and the wait for it failed.
dotnet test Telehealth.sln -c Release --no-build -nologo -m:1 --blame-hang-timeout 20m --blame-hang-dump-type none "$@" 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test project; add them up into the line CI reads.
awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
    gsub(",", ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") failed += $(i + 1)
      if ($i == "Passed:") passed += $(i + 1)
      if ($i == "Skipped:") skipped += $(i + 1)
    }
    projects++
  }
  END {
    if (projects == 0 && failed == 0) failed = 1
    printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped
  }' "$log"
exit "$status"
