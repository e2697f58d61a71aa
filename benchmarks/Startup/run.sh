#!/usr/bin/env bash
# How long the README's run command takes to bring every resource up, and what the orchestration
# costs in memory. Clones the committed tree into a temporary folder (so the first run pays
# restore and build, as on a fresh machine), then runs `bash scripts/start.sh` there RUNS times
# (default 2: the first run, then warm), each time:
#   - the seconds from the command to "Telehealth is up" (every service healthy; the AppHost
#     prints it after the broker and the services report healthy);
#   - RSS and PSS of the AppHost, of Aspire's orchestrator (DCP, all its processes), of the
#     dashboard, of the `dotnet run` launchers DCP starts the services with, and of the services
#     and the broker for comparison, read from /proc while the system is up;
# then stops it with SIGTERM, as Ctrl+C would, and checks that no process it started is left.
# A report, not a test: it exits non-zero only when the system does not come up or leaves a process.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUNS=${RUNS:-2}
LIMIT=${LIMIT:-600}

die() {
    echo "startup: $*" >&2
    exit 1
}

WORK=$(mktemp -d)
MARKER="TELEHEALTH_STARTUP_RUN=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
PID=
cleanup() {
    local status=$?
    [[ -n $PID ]] && kill -TERM "$PID" 2>/dev/null || true
    marked | xargs -r kill -KILL 2>/dev/null || true
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT

# Processes whose environment carries this run's marker: everything the run started.
marked() {
    for environ in /proc/[0-9]*/environ; do
        if { tr '\0' '\n' <"$environ"; } 2>/dev/null | grep -qx "$MARKER"; then
            pid=${environ#/proc/}
            echo "${pid%/environ}"
        fi
    done
}

seconds() {
    awk -v from="$1" -v to="$2" 'BEGIN { printf "%.1f", to - from }'
}

# kB of RSS and PSS of a process.
memory() {
    awk '/^Rss:/ { rss = $2 } /^Pss:/ { pss = $2 } END { print rss + 0, pss + 0 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo "0 0"
}

group_of() {
    local command
    command=$({ tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null || true)
    case "$command" in
        *"/tools/dcp "*) echo "orchestrator (DCP)" ;;
        *Aspire.Dashboard*) echo "dashboard" ;;
        *Telehealth.AppHost*) echo "AppHost" ;;
        *"dotnet run --project"*"/src/"*) echo "service launchers (dotnet run)" ;;
        *"dotnet run"*) echo "run command (dotnet run)" ;;
        *Telehealth.Prescription* | *Telehealth.Progress* | *Telehealth.Scheduling* | *Telehealth.Notification*) echo "services" ;;
        *beam.smp* | *epmd* | *erl_child_setup* | *inet_gethost*) echo "broker (with epmd)" ;;
        *) echo "other" ;;
    esac
}

report_memory() {
    declare -A rss pss count
    for pid in $(marked); do
        group=$(group_of "$pid")
        read -r r p < <(memory "$pid")
        rss[$group]=$(( ${rss[$group]:-0} + r ))
        pss[$group]=$(( ${pss[$group]:-0} + p ))
        count[$group]=$(( ${count[$group]:-0} + 1 ))
    done
    printf '  %-32s %9s %9s %9s\n' "" processes "RSS MiB" "PSS MiB"
    for group in "AppHost" "orchestrator (DCP)" "dashboard" "service launchers (dotnet run)" "run command (dotnet run)" "services" "broker (with epmd)" "other"; do
        [[ -n ${count[$group]:-} ]] || continue
        printf '  %-32s %9d %9d %9d\n' "$group" "${count[$group]}" $(( ${rss[$group]} / 1024 )) $(( ${pss[$group]} / 1024 ))
    done
}

echo "cloning the committed tree into $WORK/telehealth"
git clone -q "$ROOT" "$WORK/telehealth"
cd "$WORK/telehealth"

for run in $(seq 1 "$RUNS"); do
    label=$([[ $run -eq 1 ]] && echo "first run (restore and build included)" || echo "warm run $run")
    log="$WORK/run-$run.log"
    start=$(date +%s.%N)
    env "$MARKER" bash scripts/start.sh --state-dir "$WORK/state" >"$log" 2>&1 &
    PID=$!
    up=
    for _ in $(seq 1 $((LIMIT * 10))); do
        if grep -q "^Telehealth is up" "$log"; then
            up=$(date +%s.%N)
            break
        fi
        kill -0 "$PID" 2>/dev/null || { tail -30 "$log" >&2; die "the run command exited before the system was up"; }
        sleep 0.1
    done
    [[ -n $up ]] || { tail -30 "$log" >&2; die "not up within $LIMIT s"; }
    printf '%s: every resource healthy %.1f s after the command\n' "$label" "$(seconds "$start" "$up")"
    report_memory

    kill -TERM "$PID"
    stopped=$(date +%s.%N)
    wait "$PID" 2>/dev/null || true
    PID=
    for _ in $(seq 1 600); do
        [[ -z $(marked) ]] && break
        sleep 0.1
    done
    left=$(marked)
    [[ -z $left ]] || die "left behind after SIGTERM: $(for p in $left; do tr '\0' ' ' <"/proc/$p/cmdline"; echo; done)"
    printf '  stopped by SIGTERM; every process gone %.1f s later\n' "$(seconds "$stopped" "$(date +%s.%N)")"
done
