#!/usr/bin/env bash
# Load on the whole running system: simulated patients submit session reports and read their
# programmes concurrently through the services' gRPC APIs, while their therapists hold Subscribe
# streams for the alerts; before that, thousands of session reminders fall due at the same
# instant. Starts the AppHost (the Aspire orchestrator, DCP, with its own RabbitMQ node, the four
# services and the dashboard) in a temporary state folder, runs the generator (LoadGenerator/)
# against it, stops it with SIGTERM and checks that nothing it started is left.
#
# Prints reports/s sustained, SubmitSessionReport latency, report -> therapist alert latency
# (p99 over the Subscribe stream), CPU seconds per 1,000 reports and peak memory per process,
# and reminder lateness, then each target met or MISSED. A report, not a test: a miss still
# exits 0; only errors (a build, a service that will not start or dies, setup) do not.
#
# Knobs (environment): PATIENTS, THERAPISTS, RATE, READS_PER_REPORT, FLARE_PERCENT, WARMUP,
# DURATION, ALERT_WAIT, MAX_IN_FLIGHT, CONNECTIONS, SETUP_CONCURRENCY, REMINDERS,
# REMINDER_SLACK, REMINDER_WAIT, SEED, TRACE_SAMPLE_RATIO, RESULTS_DIR; see README.md beside
# this script.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=../../scripts/lib/prerequisites.sh
. "$ROOT/scripts/lib/prerequisites.sh"

# Everything builds in a configuration of its own ("Load", optimised like Release), so that a
# Release build running beside it cannot swap assemblies under the running services. The AppHost
# has the services' project paths built in: DCP starts each with `dotnet run --project
# src/<Service>/<Service>.csproj --no-build --configuration <the AppHost's configuration>`, so
# they run from src/<Service>/bin/Load/net10.0, which building the AppHost builds.
CONFIGURATION=Load
APPHOST_PROJECT="$ROOT/AppHost/AppHost.csproj"
APPHOST_DLL="$ROOT/AppHost/bin/$CONFIGURATION/net10.0/Telehealth.AppHost.dll"
GENERATOR_PROJECT="$HERE/LoadGenerator/LoadGenerator.csproj"
GENERATOR_DLL="$HERE/LoadGenerator/bin/$CONFIGURATION/net10.0/Telehealth.Benchmarks.Load.dll"

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
# DCP runs detached: the services, the broker, epmd, the dashboard and DCP itself are not under
# the AppHost's process. Each inherits the AppHost's environment, though, so a variable set on
# the AppHost alone, with a value of this run's own, marks every process the run started.
MARKER_NAME=TELEHEALTH_LOAD_RUN
MARKER_VALUE=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
MARKER="$MARKER_NAME=$MARKER_VALUE"

# The pids of the processes carrying this run's marker (environ: NUL-separated NAME=VALUE).
marked() {
    grep -lsxzF -- "$MARKER" /proc/[0-9]*/environ | sed 's|^/proc/\([0-9]*\)/environ$|\1|'
    return 0
}

stop_apphost() {
    [[ -n $APPHOST_PID ]] || return 0
    local pid=$APPHOST_PID status=0 started=() left=()
    APPHOST_PID=
    mapfile -t started < <(marked)
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
    # DCP goes on stopping the services, the broker, epmd and the dashboard (and then itself)
    # after the AppHost has exited: some 10 s.
    local deadline=$((SECONDS + 60))
    while :; do
        mapfile -t left < <(marked)
        ((${#left[@]} > 0 && SECONDS < deadline)) || break
        sleep 0.2
    done
    if ((${#left[@]} > 0)); then
        echo "run.sh: left behind 60 s after the AppHost stopped: pids ${left[*]} ($(ps -o comm= -p "$(IFS=,; echo "${left[*]}")" | tr '\n' ' ')); killing them" >&2
        kill -KILL "${left[@]}" 2>/dev/null || true
        return 1
    fi
    [[ $status -eq 0 ]] || echo "run.sh: the AppHost exited with $status (log: $WORK/apphost.log)" >&2
    echo "stopped the AppHost and the ${#started[@]} processes of the run (DCP, dashboard, services, broker, epmd); none left"
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
build "$APPHOST_PROJECT" "the AppHost (with the services)"
build "$GENERATOR_PROJECT" "the load generator"

# --- The system --------------------------------------------------------------

# Three free loopback ports for the dashboard, its OTLP receiver and its resource service (the
# launch profile's settings, which `dotnet <dll>` does not apply): ports that no socket uses,
# below the ephemeral range, so outgoing connections do not take them meanwhile.
free_ports() {
    local used port picked=()
    used=" $(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | awk 'NR > 1 && $2 ~ /:/ { split($2, a, ":"); print a[2] }' |
        while read -r hex; do echo $((16#$hex)); done | sort -un | tr '\n' ' ') "
    while ((${#picked[@]} < $1)); do
        port=$((20000 + RANDOM % 12000))
        [[ $used == *" $port "* || " ${picked[*]} " == *" $port "* ]] || picked+=("$port")
    done
    echo "${picked[@]}"
}
read -r DASHBOARD_PORT OTLP_PORT RESOURCE_SERVICE_PORT < <(free_ports 3)

# The share of traces the services export to the dashboard (every alert's trace is kept anyway):
# at a thousand calls a second, exporting them all took the dashboard a third of a core.
TRACE_SAMPLE_RATIO=${TRACE_SAMPLE_RATIO:-0.1}
echo "starting the AppHost in $STATE (services export ${TRACE_SAMPLE_RATIO} of traces, and every alert's)"
(
    cd "$WORK"
    export "$MARKER" DOTNET_ENVIRONMENT=Development \
        ASPNETCORE_URLS="http://127.0.0.1:$DASHBOARD_PORT" \
        ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$OTLP_PORT" \
        ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://127.0.0.1:$RESOURCE_SERVICE_PORT" \
        ASPIRE_ALLOW_UNSECURED_TRANSPORT=true Telemetry__TraceSampleRatio="$TRACE_SAMPLE_RATIO"
    exec dotnet "$APPHOST_DLL" --state-dir "$STATE" --DcpPublisher:RandomizePorts=true
) >"$WORK/apphost.log" 2>&1 &
APPHOST_PID=$!
for _ in $(seq 1 1800); do
    [[ -f "$STATE/apphost.json" ]] && break
    kill -0 "$APPHOST_PID" 2>/dev/null || { cat "$WORK/apphost.log" >&2; die "the AppHost exited before the system was up"; }
    sleep 0.1
done
[[ -f "$STATE/apphost.json" ]] || { tail -20 "$WORK/apphost.log" >&2; die "the system was not up within 180 s"; }
echo "system up (AppHost pid $APPHOST_PID; dashboard http://127.0.0.1:$DASHBOARD_PORT)"

# --- Load ------------------------------------------------------------------

if ! dotnet "$GENERATOR_DLL" --apphost-json "$STATE/apphost.json" --run-marker "$MARKER" | tee "$WORK/report.txt"; then
    die "the load generator failed; AppHost log: $WORK/apphost.log"
fi
stop_apphost
