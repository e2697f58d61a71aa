#!/usr/bin/env bash
# Unary gRPC throughput and latency under h2load, for three servers of
# grpc.testing.TestService/UnaryCall (Protos/unary.proto) on 127.0.0.1 (h2c):
#   grpc-dotnet  Grpc.AspNetCore: a generated service base, MapGrpcService
#   bare         a hand-framed Kestrel endpoint: the ceiling for grpc-dotnet
#   grpc-js      @grpc/grpc-js on node: the reference point
# All three run side by side; each is warmed up, then measured ROUNDS times,
# taking turns so that load from other processes falls on all of them alike.
# Prints, per target, the median req/s, latency percentiles over all rounds
# and the server's CPU time per call, then grpc-dotnet/bare and
# grpc-dotnet/grpc-js, with the CPU-per-call targets. A report, not a test: a
# MISS still exits 0; only errors (a server that will not start, a failed
# request) do not.
#
# Knobs (environment): DURATION, ROUNDS, WARMUP, N, C, M, PAYLOAD, RESPONSE_SIZE,
# RESULTS_DIR; see README.md beside this script.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PEERS="$REPO/tests/Grpc.Interop.Tests/peers/node"
SERVER_PROJECT="$HERE/BenchServer/BenchServer.csproj"
SERVER_DLL="$HERE/BenchServer/bin/Release/net10.0/Telehealth.Benchmarks.Grpc.BenchServer.dll"
RPC_PATH=/grpc.testing.TestService/UnaryCall
TARGETS=(grpc-dotnet bare grpc-js)

DURATION=${DURATION:-10}           # seconds per measured run (ignored when N is set)
N=${N:-}                           # a fixed number of requests per measured run instead
ROUNDS=${ROUNDS:-3}                # measured runs per target, taken in turns
WARMUP=${WARMUP:-10}               # seconds of load per target before measuring (JIT, pools)
C=${C:-8}                          # h2load clients (connections)
M=${M:-32}                         # concurrent streams per connection
PAYLOAD=${PAYLOAD:-64}             # request payload bytes
RESPONSE_SIZE=${RESPONSE_SIZE:-64} # response payload bytes
# Targets on the server's CPU time per call, grpc-dotnet's over the other's.
MAX_CPU_VS_BARE=1.1
MAX_CPU_VS_GRPCJS=0.2

die() {
    echo "run.sh: $*" >&2
    exit 1
}

# --- Requirements ----------------------------------------------------------

require_h2load() {
    command -v h2load >/dev/null && return
    if [[ $(id -u) -ne 0 ]]; then
        echo "h2load is missing: run 'sudo apt-get install -y nghttp2-client'" >&2
        exit 1
    fi
    echo "installing nghttp2-client (h2load)"
    if ! apt-get install -y -qq nghttp2-client >/dev/null 2>&1; then
        apt-get update -qq >/dev/null
        apt-get install -y -qq nghttp2-client >/dev/null
    fi
    command -v h2load >/dev/null || die "h2load is still missing after installing nghttp2-client"
}

require_node_peers() {
    command -v node >/dev/null || die "node is missing: install Node.js 20 or later"
    [[ -d "$PEERS/node_modules/@grpc/grpc-js" && -d "$PEERS/node_modules/@grpc/proto-loader" ]] && return
    [[ -f "$PEERS/package.json" ]] || die "no $PEERS/package.json: the grpc-js peer is not there"
    command -v npm >/dev/null || die "npm is missing: it installs grpc-js into $PEERS"
    echo "installing grpc-js into $PEERS"
    (cd "$PEERS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
}

require_h2load
require_node_peers
command -v python3 >/dev/null || die "python3 is missing: it writes the request and the report"
command -v dotnet >/dev/null || die "dotnet is missing"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive whole number"

# --- Work area and clean-up ------------------------------------------------

if [[ -n ${RESULTS_DIR:-} ]]; then
    mkdir -p "$RESULTS_DIR"
    WORK=$(cd "$RESULTS_DIR" && pwd)
else
    WORK=$(mktemp -d)
fi
declare -A SERVER_PID PORT

cleanup() {
    local pid
    for pid in "${SERVER_PID[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    [[ -n ${RESULTS_DIR:-} ]] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- The request -----------------------------------------------------------

# A framed SimpleRequest: 5-byte prefix (uncompressed, big-endian length), then
# response_size (field 2) and payload (field 3) holding body (field 2) of zeros.
BODY="$WORK/request.bin"
python3 - "$RESPONSE_SIZE" "$PAYLOAD" "$BODY" <<'PYTHON'
import struct, sys

def varint(n):
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)

def field(number, data):
    return bytes([number << 3 | 2]) + varint(len(data)) + data

response_size, payload_size, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
message = (bytes([2 << 3]) + varint(response_size) if response_size else b"")
message += field(3, field(2, bytes(payload_size)))
with open(path, "wb") as f:
    f.write(b"\0" + struct.pack(">I", len(message)) + message)
PYTHON

# --- Servers ---------------------------------------------------------------

echo "building BenchServer (Release)"
dotnet build "$SERVER_PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; die "BenchServer did not build"; }

# Starts a server in the background; sets SERVER_PID[name] and PORT[name] once it says where it listens.
start_server() {
    local name=$1 log="$WORK/$1.server.log" port pid
    case $name in
        grpc-dotnet | bare) dotnet "$SERVER_DLL" --mode "$name" >"$log" 2>&1 & ;;
        grpc-js) node "$HERE/grpcjs-server.js" >"$log" 2>&1 & ;;
    esac
    pid=$!
    SERVER_PID[$name]=$pid
    for _ in $(seq 1 300); do
        port=$(sed -n 's/^listening 127\.0\.0\.1:\([0-9][0-9]*\)$/\1/p' "$log")
        if [[ -n $port ]]; then
            PORT[$name]=$port
            return
        fi
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; die "$name server exited before listening"; }
        sleep 0.1
    done
    die "$name server did not print 'listening 127.0.0.1:PORT' within 30 s"
}

# SIGTERM; the server must then exit by itself, with 0, within 10 s.
stop_server() {
    local name=$1 pid=${SERVER_PID[$1]} status=0
    kill -TERM "$pid"
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid"
        wait "$pid" 2>/dev/null || true
        die "$name server did not exit within 10 s of SIGTERM"
    fi
    wait "$pid" || status=$?
    [[ $status -eq 0 ]] || die "$name server exited with $status on SIGTERM"
}

url_of() { echo "http://127.0.0.1:${PORT[$1]}$RPC_PATH"; }

# CPU time the server has used so far (user + system, all threads), in clock ticks.
cpu_ticks() {
    local stat
    stat=$(<"/proc/${SERVER_PID[$1]}/stat")
    # After the command name in parentheses, utime and stime are the 12th and 13th fields.
    awk '{ print $12 + $13 }' <<<"${stat##*) }"
}

# One call through curl: HTTP 200, grpc-status 0 and a response message at least RESPONSE_SIZE long.
check_one_call() {
    local name=$1 size
    command -v curl >/dev/null || return 0
    curl -sS --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' \
        --data-binary "@$BODY" -D "$WORK/$name.curl.headers" -o "$WORK/$name.curl.body" "$(url_of "$name")" \
        || die "$name: curl could not make a call"
    grep -q '^HTTP/2 200' "$WORK/$name.curl.headers" || die "$name: the call did not answer HTTP 200"
    grep -qi '^grpc-status: 0' "$WORK/$name.curl.headers" || die "$name: the call did not end with grpc-status 0"
    size=$(wc -c <"$WORK/$name.curl.body")
    ((size >= 5 + RESPONSE_SIZE)) || die "$name: the response holds $size bytes, less than the $RESPONSE_SIZE asked for"
}

# --- Load ------------------------------------------------------------------

H2LOAD_COMMON=(-t 1 -c "$C" -m "$M" -H 'content-type: application/grpc' -H 'te: trailers' -d "$BODY")
if [[ -n $N ]]; then
    MEASURE=(-n "$N")
    MEASURE_TEXT="$N requests"
else
    MEASURE=(-D "$DURATION")
    MEASURE_TEXT="${DURATION}s"
fi

# Fails unless every request h2load finished succeeded with a 2xx. In a timed run the
# status codes also count the streams still open when time ran out, so 2xx may exceed done.
check_h2load_output() {
    local name=$1 output=$2 done succeeded failed errored timeout ok redirected client_error server_error
    read -r done succeeded failed errored timeout < <(sed -n \
        's/^requests: .* \([0-9]*\) done, \([0-9]*\) succeeded, \([0-9]*\) failed, \([0-9]*\) errored, \([0-9]*\) timeout$/\1 \2 \3 \4 \5/p' "$output")
    read -r ok redirected client_error server_error < <(sed -n \
        's/^status codes: \([0-9]*\) 2xx, \([0-9]*\) 3xx, \([0-9]*\) 4xx, \([0-9]*\) 5xx$/\1 \2 \3 \4/p' "$output")
    [[ -n $done && -n $ok ]] || { cat "$output" >&2; die "$name: could not read h2load's counts"; }
    ((done > 0 && succeeded == done && failed == 0 && errored == 0 && timeout == 0 && ok >= done \
        && redirected + client_error + server_error == 0)) \
        || { cat "$output" >&2; die "$name: not every request succeeded"; }
}

# One measured run: h2load's output, its per-request log and the server's CPU ticks meanwhile.
measure() {
    local name=$1 round=$2 before after
    local prefix="$WORK/$name.round$round"
    before=$(cpu_ticks "$name")
    h2load "${H2LOAD_COMMON[@]}" "${MEASURE[@]}" --log-file "$prefix.requests.log" "$(url_of "$name")" >"$prefix.h2load.txt"
    after=$(cpu_ticks "$name")
    echo $((after - before)) >"$prefix.cpu"
    check_h2load_output "$name" "$prefix.h2load.txt"
}

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
for name in "${TARGETS[@]}"; do
    start_server "$name"
    check_one_call "$name"
done
for name in "${TARGETS[@]}"; do
    echo "$name: warming up for ${WARMUP}s"
    h2load "${H2LOAD_COMMON[@]}" -D "$WARMUP" "$(url_of "$name")" >"$WORK/$name.warmup.txt"
    check_h2load_output "$name" "$WORK/$name.warmup.txt"
done
for round in $(seq 1 "$ROUNDS"); do
    for name in "${TARGETS[@]}"; do
        echo "round $round/$ROUNDS, $name: $MEASURE_TEXT at -c $C -m $M"
        measure "$name" "$round"
    done
done
for name in "${TARGETS[@]}"; do
    check_one_call "$name"
    stop_server "$name"
done
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)

# --- Report ----------------------------------------------------------------

echo
python3 - "$WORK" "$ROUNDS" "$(getconf CLK_TCK)" "$MAX_CPU_VS_BARE" "$MAX_CPU_VS_GRPCJS" "${TARGETS[@]}" <<'PYTHON'
import re, statistics, sys

work, rounds, ticks_per_second = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
max_cpu_vs_bare, max_cpu_vs_grpcjs = float(sys.argv[4]), float(sys.argv[5])
targets = sys.argv[6:]

def nearest_rank(values, p):
    return values[min(len(values) - 1, max(0, -(-len(values) * p // 100) - 1))]

results = {}
for name in targets:
    rates, durations, ticks, calls = [], [], 0, 0
    for r in range(1, rounds + 1):
        prefix = f"{work}/{name}.round{r}"
        output = open(f"{prefix}.h2load.txt").read()
        rates.append(float(re.search(r"^finished in [^,]*, ([0-9.]+) req/s", output, re.M).group(1)))
        calls += int(re.search(r"^requests: .* (\d+) done,", output, re.M).group(1))
        ticks += int(open(f"{prefix}.cpu").read())
        # Log columns: start (µs since epoch), HTTP status (-1 if the stream failed), duration (µs).
        with open(f"{prefix}.requests.log") as log:
            durations.extend(int(cols[2]) for cols in (line.split("\t") for line in log) if cols[1] == "200")
    durations.sort()
    results[name] = {
        "rates": rates,
        "rate": statistics.median(rates),
        "p50": nearest_rank(durations, 50) / 1000,
        "p95": nearest_rank(durations, 95) / 1000,
        "p99": nearest_rank(durations, 99) / 1000,
        "cpu": ticks / ticks_per_second / calls * 1e6,
    }

print(f"{'target':<12} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'CPU µs/call':>12}   req/s by round")
for name, r in results.items():
    by_round = " ".join(f"{rate:.0f}" for rate in r["rates"])
    print(f"{name:<12} {r['rate']:>9.0f} {r['p50']:>8.2f} {r['p95']:>8.2f} {r['p99']:>8.2f} {r['cpu']:>12.2f}   {by_round}")
print()

print(f"{'':<22} {'req/s':>6} {'CPU/call':>9}   (grpc-dotnet's over the other's)")
def ratio(a, b, max_cpu):
    rate = results[a]["rate"] / results[b]["rate"]
    cpu = results[a]["cpu"] / results[b]["cpu"]
    verdict = "PASS" if cpu <= max_cpu else "MISS"
    print(f"{a + ' / ' + b:<22} {rate:>6.2f} {cpu:>9.2f}   CPU/call target <= {max_cpu:<4g} {verdict}")

ratio("grpc-dotnet", "bare", max_cpu_vs_bare)
ratio("grpc-dotnet", "grpc-js", max_cpu_vs_grpcjs)
PYTHON
echo "load average before/after: $LOAD_BEFORE/$LOAD_AFTER (2 cores shared with h2load: other work moves req/s)"
