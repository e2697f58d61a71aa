#!/usr/bin/env bash
# Unary gRPC throughput and latency under h2load, for three servers of
# grpc.testing.TestService/UnaryCall on 127.0.0.1 (h2c):
#   library  the gRPC library in src/Grpc (MapGrpcService<TestService>)
#   bare     a hand-framed Kestrel endpoint: the ceiling for the library
#   grpc-js  @grpc/grpc-js on node: the reference point
# Prints req/s and latency percentiles for each, then library/bare and
# library/grpc-js against their targets. A report, not a test: a MISS still
# exits 0; only errors (a server that will not start, a failed request) do not.
#
# Knobs (environment): DURATION, WARMUP, N, C, M, PAYLOAD, RESPONSE_SIZE, RESULTS_DIR;
# see README.md beside this script.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PEERS="$REPO/tests/Grpc.Interop.Tests/peers/node"
SERVER_PROJECT="$HERE/BenchServer/BenchServer.csproj"
SERVER_DLL="$HERE/BenchServer/bin/Release/net10.0/Telehealth.Benchmarks.Grpc.BenchServer.dll"
RPC_PATH=/grpc.testing.TestService/UnaryCall

DURATION=${DURATION:-15}          # seconds measured per target (ignored when N is set)
WARMUP=${WARMUP:-10}              # seconds of load before measuring, for the JIT and pools
N=${N:-}                          # a fixed number of requests instead of DURATION
C=${C:-8}                         # h2load clients (connections)
M=${M:-32}                        # concurrent streams per connection
PAYLOAD=${PAYLOAD:-64}            # request payload bytes
RESPONSE_SIZE=${RESPONSE_SIZE:-64} # response payload bytes
MIN_VS_BARE=0.85
MIN_VS_GRPCJS=2

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
command -v python3 >/dev/null || die "python3 is missing: it writes the request and reads the latencies"
command -v dotnet >/dev/null || die "dotnet is missing"

# --- Work area and clean-up ------------------------------------------------

if [[ -n ${RESULTS_DIR:-} ]]; then
    mkdir -p "$RESULTS_DIR"
    WORK=$(cd "$RESULTS_DIR" && pwd)
else
    WORK=$(mktemp -d)
fi
SERVER_PID=

cleanup() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    [[ -n ${RESULTS_DIR:-} ]] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- The request -----------------------------------------------------------

# A framed SimpleRequest: 5-byte prefix (uncompressed, big-endian length), then
# response_size (field 2) and payload (field 3) holding body (field 2) of zeros.
BODY="$WORK/request.bin"
python3 - "$RESPONSE_SIZE" "$PAYLOAD" "$BODY" <<'EOF'
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
EOF

# --- Servers ---------------------------------------------------------------

echo "building BenchServer (Release)"
dotnet build "$SERVER_PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; die "BenchServer did not build"; }

# Starts a server in the background and sets SERVER_PID and PORT once it says where it listens.
start_server() {
    local name=$1 log="$WORK/$1.server.log"
    case $name in
        library | bare) dotnet "$SERVER_DLL" --mode "$name" >"$log" 2>&1 & ;;
        grpc-js) node "$HERE/grpcjs-server.js" >"$log" 2>&1 & ;;
    esac
    SERVER_PID=$!
    PORT=
    for _ in $(seq 1 300); do
        PORT=$(sed -n 's/^listening 127\.0\.0\.1:\([0-9][0-9]*\)$/\1/p' "$log")
        [[ -n $PORT ]] && return
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$log" >&2; die "$name server exited before listening"; }
        sleep 0.1
    done
    die "$name server did not print 'listening 127.0.0.1:PORT' within 30 s"
}

stop_server() {
    kill -TERM "$SERVER_PID"
    local status=0
    wait "$SERVER_PID" || status=$?
    SERVER_PID=
    # Node's default SIGTERM exit is 143; the servers here exit 0 on their own.
    [[ $status -eq 0 ]] || die "$1 server exited with $status on SIGTERM"
}

# One call through curl: HTTP 200, grpc-status 0 and a response message at least RESPONSE_SIZE long.
check_one_call() {
    local name=$1 url=$2
    command -v curl >/dev/null || return 0
    curl -sS --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' \
        --data-binary "@$BODY" -D "$WORK/$name.curl.headers" -o "$WORK/$name.curl.body" "$url" \
        || die "$name: curl could not make a call"
    grep -q '^HTTP/2 200' "$WORK/$name.curl.headers" || die "$name: the call did not answer HTTP 200"
    grep -qi '^grpc-status: 0' "$WORK/$name.curl.headers" || die "$name: the call did not end with grpc-status 0"
    local size
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
    local name=$1 output=$2 done succeeded failed errored timeout ok other
    read -r done succeeded failed errored timeout < <(sed -n \
        's/^requests: .* \([0-9]*\) done, \([0-9]*\) succeeded, \([0-9]*\) failed, \([0-9]*\) errored, \([0-9]*\) timeout$/\1 \2 \3 \4 \5/p' "$output")
    read -r ok other < <(sed -n \
        's/^status codes: \([0-9]*\) 2xx, \([0-9]*\) 3xx, \([0-9]*\) 4xx, \([0-9]*\) 5xx$/\1 \2\3\4/p' "$output")
    [[ -n $done && -n $ok ]] || { cat "$output" >&2; die "$name: could not read h2load's counts"; }
    ((done > 0 && succeeded == done && failed == 0 && errored == 0 && timeout == 0 && ok >= done && other == 0)) \
        || { cat "$output" >&2; die "$name: not every request succeeded"; }
}

# Prints "req/s p50 p95 p99" (milliseconds) for one measured run.
summarize() {
    local output=$1 log=$2 rate
    rate=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$output")
    # Log columns: start (µs since epoch), HTTP status (-1 if the stream failed), duration (µs).
    python3 - "$rate" "$log" <<'EOF'
import sys
rate, path = float(sys.argv[1]), sys.argv[2]
with open(path) as f:
    durations = sorted(int(cols[2]) for cols in (line.split("\t") for line in f) if cols[1] == "200")
def percentile(p):
    return durations[min(len(durations) - 1, max(0, -(-len(durations) * p // 100) - 1))] / 1000
print(f"{rate:.0f} {percentile(50):.2f} {percentile(95):.2f} {percentile(99):.2f}")
EOF
}

declare -A RESULT
for name in library bare grpc-js; do
    start_server "$name"
    url="http://127.0.0.1:$PORT$RPC_PATH"
    check_one_call "$name" "$url"
    echo "$name: warming up ${WARMUP}s, then measuring $MEASURE_TEXT (-c $C -m $M)"
    h2load "${H2LOAD_COMMON[@]}" -D "$WARMUP" "$url" >"$WORK/$name.warmup.txt"
    check_h2load_output "$name" "$WORK/$name.warmup.txt"
    h2load "${H2LOAD_COMMON[@]}" "${MEASURE[@]}" --log-file "$WORK/$name.requests.log" "$url" >"$WORK/$name.h2load.txt"
    check_h2load_output "$name" "$WORK/$name.h2load.txt"
    check_one_call "$name" "$url"
    stop_server "$name"
    RESULT[$name]=$(summarize "$WORK/$name.h2load.txt" "$WORK/$name.requests.log")
done

# --- Report ----------------------------------------------------------------

echo
printf '%-10s %10s %9s %9s %9s\n' target req/s "p50 ms" "p95 ms" "p99 ms"
for name in library bare grpc-js; do
    # shellcheck disable=SC2086 # four fields
    printf '%-10s %10s %9s %9s %9s\n' "$name" ${RESULT[$name]}
done
echo

rate() { echo "${RESULT[$1]%% *}"; }
ratio_line() {
    python3 - "$1" "$2" "$3" "$4" <<'EOF'
import sys
label, a, b, target = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
ratio = a / b if b else float("inf")
print(f"{label:<18} {ratio:6.2f}   target >= {target:<5g} {'PASS' if ratio >= target else 'MISS'}")
EOF
}
ratio_line "library / bare" "$(rate library)" "$(rate bare)" "$MIN_VS_BARE"
ratio_line "library / grpc-js" "$(rate library)" "$(rate grpc-js)" "$MIN_VS_GRPCJS"
