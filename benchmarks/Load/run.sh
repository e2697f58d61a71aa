#!/usr/bin/env bash
# Load on the whole running system: simulated patients submit session reports and read their
# programmes concurrently through the services' gRPC APIs, while their therapists hold Subscribe
# streams for the alerts; before that, thousands of session reminders fall due at the same
# instant. Starts the AppHost (its own RabbitMQ node, the four services, the dashboard) in a
# temporary state folder, runs the generator (LoadGenerator/) against it, stops it with SIGTERM
# and checks that nothing it started is left.
#
# Prints reports/s sustained, SubmitSessionReport latency, report -> therapist alert latency
# (p99 over the Subscribe stream), CPU seconds per 1,000 reports and peak memory per process,
# and reminder lateness, then each target met or MISSED. A report, not a test: a miss still
# exits 0; only errors (a build, a service that will not start or dies, setup) do not.
#
# Knobs (environment): PATIENTS, THERAPISTS, RATE, READS_PER_REPORT, FLARE_PERCENT, WARMUP,
# DURATION, ALERT_WAIT, MAX_IN_FLIGHT, CONNECTIONS, SETUP_CONCURRENCY, REMINDERS,
# REMINDER_SLACK, REMINDER_WAIT, SEED, RESULTS_DIR; see README.md beside this script.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=../../scripts/lib/prerequisites.sh
. "$ROOT/scripts/lib/prerequisites.sh"

# Everything builds in a configuration of its own ("Load", optimised like Release), so that a
# Release build running beside it cannot swap assemblies under the running services. The AppHost
# runs services from src/<Service>/bin/Release/net10.0 under the folder holding Telehealth.sln:
# the run uses a copy of the builds laid out that way (SYSTEM below), which nothing else touches.
CONFIGURATION=Load
GENERATOR_PROJECT="$HERE/LoadGenerator/LoadGenerator.csproj"
GENERATOR_DLL="$HERE/LoadGenerator/bin/$CONFIGURATION/net10.0/Telehealth.Benchmarks.Load.dll"
SERVICES=(Prescription Progress Scheduling Notification)

die() {
    echo "run.sh: $*" >&2
    exit 1
}

require_dotnet
require_debian_packages "test -x /usr/lib/rabbitmq/bin/rabbitmq-server" rabbitmq-server
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- Work area and clean-up ------------------------------------------------

if [[ -n ${RESULTS_DIR:-} ]]; then
    mkdir -p "$RESULTS_DIR"
    WORK=$(cd "$RESULTS_DIR" && pwd)
else
    WORK=$(mktemp -d)
fi
STATE="$WORK/state"
APPHOST_PID=
STARTED_PIDS=()

# Every process under the AppHost (services, broker, epmd), remembered so the end can check them.
descendants() {
    ps -eo pid=,ppid= | awk -v root="$1" '
        { parent[$1] = $2 }
        END {
            for (pid in parent) {
                for (p = parent[pid]; p != "" && p > 1; p = parent[p]) {
                    if (p == root) { print pid; break }
                }
            }
        }'
}

stop_apphost() {
    [[ -n $APPHOST_PID ]] || return 0
    local pid=$APPHOST_PID status=0 left=()
    APPHOST_PID=
    mapfile -t STARTED_PIDS < <(descendants "$pid")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        for _ in $(seq 1 600); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
            echo "run.sh: the AppHost did not stop within 60 s of SIGTERM; killed it" >&2
        fi
    fi
    wait "$pid" 2>/dev/null || status=$?
    sleep 1
    for child in "${STARTED_PIDS[@]}"; do
        kill -0 "$child" 2>/dev/null && left+=("$child")
    done
    if ((${#left[@]} > 0)); then
        echo "run.sh: left behind after the AppHost stopped: pids ${left[*]} ($(ps -o comm= -p "${left[@]}" | tr '\n' ' '))" >&2
        return 1
    fi
    [[ $status -eq 0 ]] || echo "run.sh: the AppHost exited with $status (log: $WORK/apphost.log)" >&2
    echo "stopped the AppHost and ${#STARTED_PIDS[@]} processes under it; none left"
}

cleanup() {
    local status=$?
    stop_apphost || status=1
    if [[ -z ${RESULTS_DIR:-} ]]; then
        if [[ $status -eq 0 ]]; then
            rm -rf "$WORK"
        else
            echo "run.sh: logs kept in $WORK" >&2
        fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Build -----------------------------------------------------------------

build() {
    dotnet build "$1" -c "$CONFIGURATION" -p:Optimize=true -nologo -v quiet -clp:ErrorsOnly >>"$WORK/build.log" 2>&1 \
        || { cat "$WORK/build.log" >&2; die "$2 did not build"; }
}

echo "building the AppHost, the services and the load generator (configuration $CONFIGURATION)"
build "$ROOT/AppHost/AppHost.csproj" "the AppHost"
for service in "${SERVICES[@]}"; do
    build "$ROOT/src/$service/$service.csproj" "$service"
done
build "$GENERATOR_PROJECT" "the load generator"

SYSTEM="$WORK/system"
rm -rf "$SYSTEM"
mkdir -p "$SYSTEM/AppHost/bin/Release"
touch "$SYSTEM/Telehealth.sln"
cp -r "$ROOT/AppHost/bin/$CONFIGURATION/net10.0" "$SYSTEM/AppHost/bin/Release/"
for service in "${SERVICES[@]}"; do
    mkdir -p "$SYSTEM/src/$service/bin/Release"
    cp -r "$ROOT/src/$service/bin/$CONFIGURATION/net10.0" "$SYSTEM/src/$service/bin/Release/"
done
APPHOST_DLL="$SYSTEM/AppHost/bin/Release/net10.0/Telehealth.AppHost.dll"

# --- The system --------------------------------------------------------------

echo "starting the AppHost in $STATE"
(cd "$WORK" && exec dotnet "$APPHOST_DLL" --state-dir "$STATE" --dashboard-port 0 --no-build) >"$WORK/apphost.log" 2>&1 &
APPHOST_PID=$!
for _ in $(seq 1 1800); do
    [[ -f "$STATE/apphost.json" ]] && break
    kill -0 "$APPHOST_PID" 2>/dev/null || { cat "$WORK/apphost.log" >&2; die "the AppHost exited before the system was up"; }
    sleep 0.1
done
[[ -f "$STATE/apphost.json" ]] || { tail -20 "$WORK/apphost.log" >&2; die "the system was not up within 180 s"; }
echo "system up (AppHost pid $APPHOST_PID)"

# --- Load ------------------------------------------------------------------

if ! dotnet "$GENERATOR_DLL" --apphost-json "$STATE/apphost.json" --apphost-pid "$APPHOST_PID" | tee "$WORK/report.txt"; then
    die "the load generator failed; AppHost log: $WORK/apphost.log"
fi
stop_apphost
