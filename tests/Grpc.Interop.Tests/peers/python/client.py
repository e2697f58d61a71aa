#!/usr/bin/python3
"""gRPC interop client on grpcio.

    /usr/bin/python3 client.py --address 127.0.0.1:PORT [--cases case1,case2,...] [--ca ca.pem]

With --ca the channel is TLS and trusts only the authority in that PEM file.

Prints one JSON line per case, {"case":...,"ok":true} or
{"case":...,"ok":false,"error":...}, and exits 0 only if every case passed.

The protos are compiled at start-up with grpc_tools.protoc into a descriptor
set in a temporary folder, and the message classes are built from it. That
avoids importing generated modules: a generated grpc/health/v1/health_pb2.py
would sit under a package named `grpc`, shadowing grpcio itself.
"""

import argparse
import json
import os
import queue
import sys
import tempfile
import threading
from pathlib import Path
from types import SimpleNamespace

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, text_format
from grpc_tools import protoc

HERE = Path(__file__).resolve().parent
INCLUDE_DIRS = [
    (HERE / "../../Protos").resolve(),
    (HERE / "../../../../src/Grpc/Protos").resolve(),
]
PROTO_FILES = [
    "test.proto",
    "grpc/health/v1/health.proto",
    "grpc/reflection/v1/reflection.proto",
    "grpc/reflection/v1alpha/reflection.proto",
]

CASE_TIMEOUT_S = 10.0
REQUEST_SIZES = [27182, 8, 1828, 45904]
RESPONSE_SIZES = [31415, 9, 2653, 58979]
MIN_COMPRESSIBLE_SIZE = 1024
LARGE_REQUEST_SIZE = 271828
LARGE_RESPONSE_SIZE = 314159
SPECIAL_STATUS_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n"
ECHO_INITIAL_KEY = "x-grpc-test-echo-initial"
ECHO_INITIAL_VALUE = "test_initial_metadata_value"
ECHO_TRAILING_KEY = "x-grpc-test-echo-trailing-bin"
ECHO_TRAILING_VALUE = b"\xab\xab\xab"
ECHO_METADATA = ((ECHO_INITIAL_KEY, ECHO_INITIAL_VALUE), (ECHO_TRAILING_KEY, ECHO_TRAILING_VALUE))

Code = grpc.StatusCode


# ---------------------------------------------------------------------------
# Protos


def compile_protos():
    """Runs protoc over the interop protos and returns a pool of their descriptors."""
    with tempfile.TemporaryDirectory() as out:
        descriptor_set = os.path.join(out, "interop.pb")
        args = ["grpc_tools.protoc", *(f"-I{d}" for d in INCLUDE_DIRS)]
        args += ["--include_imports", f"--descriptor_set_out={descriptor_set}", *PROTO_FILES]
        if protoc.main(args) != 0:
            raise RuntimeError("protoc failed on the interop protos")
        files = descriptor_pb2.FileDescriptorSet.FromString(Path(descriptor_set).read_bytes())
    pool = descriptor_pool.DescriptorPool()
    for file in files.file:
        pool.Add(file)
    return pool


def message_class(descriptor):
    # GetMessageClass replaced MessageFactory.GetPrototype in newer protobuf.
    if hasattr(message_factory, "GetMessageClass"):
        return message_factory.GetMessageClass(descriptor)
    return message_factory.MessageFactory(descriptor.file.pool).GetPrototype(descriptor)


def messages(pool, package, *names):
    return SimpleNamespace(**{name: message_class(pool.FindMessageTypeByName(f"{package}.{name}")) for name in names})


class Stub:
    """One callable per method of a service, as a generated stub would have."""

    def __init__(self, channel, pool, service_name):
        service = pool.FindServiceByName(service_name)
        for method in service.methods:
            shape = descriptor_pb2.MethodDescriptorProto()
            method.CopyToProto(shape)
            make_callable = {
                (False, False): channel.unary_unary,
                (False, True): channel.unary_stream,
                (True, False): channel.stream_unary,
                (True, True): channel.stream_stream,
            }[(shape.client_streaming, shape.server_streaming)]
            setattr(
                self,
                method.name,
                make_callable(
                    f"/{service.full_name}/{method.name}",
                    request_serializer=lambda message: message.SerializeToString(),
                    response_deserializer=message_class(method.output_type).FromString,
                ),
            )


# ---------------------------------------------------------------------------
# Assertions


class CaseFailure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CaseFailure(message)


def expect_status(call, code, details=None):
    """Checks a finished call's status; `call` may also be the RpcError it raised."""
    seen = call.code()
    expect(seen == code, f"expected status {code.name}, saw {seen.name} ({call.details()!r})")
    if details is not None:
        expect(call.details() == details, f"expected status message {details!r}, saw {call.details()!r}")


def describe(message, limit=500):
    """One-line text of a message for error output, cut short so descriptor bytes cannot flood it."""
    if message is None:
        return "none"
    text = text_format.MessageToString(message, as_one_line=True)
    return f"{{{text[:limit]}{'...' if len(text) > limit else ''}}}"


def payload_length(message):
    return len(message.payload.body) if message is not None else 0


def expect_payload(message, size, what="response"):
    expect(message is not None, f"expected a {what} with a {size}-byte payload, saw none")
    expect(payload_length(message) == size, f"expected a {what} payload of {size} bytes, saw {payload_length(message)}")


def expect_echoed_metadata(initial, trailing):
    initial_values = [value for key, value in initial or () if key == ECHO_INITIAL_KEY]
    expect(
        initial_values == [ECHO_INITIAL_VALUE],
        f"expected initial metadata {ECHO_INITIAL_KEY}={ECHO_INITIAL_VALUE}, saw {initial_values!r}",
    )
    trailing_values = [value for key, value in trailing or () if key == ECHO_TRAILING_KEY]
    expect(
        trailing_values == [ECHO_TRAILING_VALUE],
        f"expected trailer {ECHO_TRAILING_KEY}=0x{ECHO_TRAILING_VALUE.hex()}, saw {trailing_values!r}",
    )


# ---------------------------------------------------------------------------
# Call plumbing


class RequestPipe:
    """A request iterator fed one message at a time; close() half-closes the call."""

    _CLOSED = object()

    def __init__(self):
        self._queue = queue.Queue()

    def add(self, message):
        self._queue.put(message)

    def close(self):
        self._queue.put(self._CLOSED)

    def __iter__(self):
        return self

    def __next__(self):
        item = self._queue.get()
        if item is self._CLOSED:
            raise StopIteration
        return item


def next_or_none(responses):
    """The next response, or None once the stream ended; a failed call raises RpcError."""
    try:
        return next(responses)
    except StopIteration:
        return None


def drain(responses):
    """Reads a response stream to its end, returning the messages; a failure is left to the status checks."""
    received = []
    try:
        for response in responses:
            received.append(response)
    except grpc.RpcError:
        pass
    return received


def single_response(method, request, **kwargs):
    """Runs a call with one response; returns (response or None, call) where call has the status."""
    try:
        return method.with_call(request, timeout=CASE_TIMEOUT_S, **kwargs)
    except grpc.RpcError as error:
        return None, error


def streaming_output_request(t, response_sizes, payload_size=0):
    return t.StreamingOutputCallRequest(
        response_parameters=[t.ResponseParameters(size=size) for size in response_sizes],
        payload=t.Payload(body=bytes(payload_size)),
    )


def large_unary_request(t, **fields):
    return t.SimpleRequest(
        response_size=LARGE_RESPONSE_SIZE, payload=t.Payload(body=bytes(LARGE_REQUEST_SIZE)), **fields
    )


# ---------------------------------------------------------------------------
# Cases


def empty_unary(p):
    response, call = single_response(p.test.EmptyCall, p.t.Empty())
    expect_status(call, Code.OK)
    expect(response is not None and response.ByteSize() == 0, f"expected an Empty response, saw {describe(response)}")


def large_unary_with(p, fields=None, **call_options):
    response, call = single_response(p.test.UnaryCall, large_unary_request(p.t, **(fields or {})), **call_options)
    expect_status(call, Code.OK)
    expect_payload(response, LARGE_RESPONSE_SIZE)


def large_unary(p):
    large_unary_with(p)


def client_compressed_unary(p):
    large_unary_with(p, fields={"expect_compressed": p.t.BoolValue(value=True)}, compression=grpc.Compression.Gzip)


def server_compressed_unary(p):
    large_unary_with(p, fields={"response_compressed": p.t.BoolValue(value=True)})


def must_arrive_compressed(size):
    """Whether a compressed stream's request of this payload size must arrive compressed.

    grpc core sends a message uncompressed when gzip would not shrink it, as for
    the 8-byte payload, so both clients ask that only of the payloads large
    enough to shrink.
    """
    return size >= MIN_COMPRESSIBLE_SIZE


def client_streaming_with(p, compressed):
    requests = [
        p.t.StreamingInputCallRequest(
            payload=p.t.Payload(body=bytes(size)),
            expect_compressed=p.t.BoolValue(value=True) if compressed and must_arrive_compressed(size) else None,
        )
        for size in REQUEST_SIZES
    ]
    compression = grpc.Compression.Gzip if compressed else None
    response, call = single_response(p.test.StreamingInputCall, iter(requests), compression=compression)
    expect_status(call, Code.OK)
    seen = response.aggregated_payload_size if response is not None else 0
    expect(seen == sum(REQUEST_SIZES), f"expected aggregated_payload_size {sum(REQUEST_SIZES)}, saw {seen}")


def client_streaming(p):
    client_streaming_with(p, compressed=False)


def client_compressed_streaming(p):
    client_streaming_with(p, compressed=True)


def server_streaming_with(p, compressed):
    fields = {"compressed": p.t.BoolValue(value=True)} if compressed else {}
    request = p.t.StreamingOutputCallRequest(
        response_parameters=[p.t.ResponseParameters(size=size, **fields) for size in RESPONSE_SIZES]
    )
    responses = p.test.StreamingOutputCall(request, timeout=CASE_TIMEOUT_S)
    sizes = [payload_length(response) for response in drain(responses)]
    expect_status(responses, Code.OK)
    expect(sizes == RESPONSE_SIZES, f"expected response sizes {RESPONSE_SIZES}, saw {sizes}")


def server_streaming(p):
    server_streaming_with(p, compressed=False)


def server_compressed_streaming(p):
    server_streaming_with(p, compressed=True)


def ping_pong(p):
    pipe = RequestPipe()
    responses = p.test.FullDuplexCall(pipe, timeout=CASE_TIMEOUT_S)
    try:
        for i, (request_size, response_size) in enumerate(zip(REQUEST_SIZES, RESPONSE_SIZES)):
            pipe.add(streaming_output_request(p.t, [response_size], request_size))
            expect_payload(next_or_none(responses), response_size, f"response #{i + 1}")
    finally:
        pipe.close()
    extra = next_or_none(responses)
    expect(extra is None, f"expected the stream to end after half-close, saw a {payload_length(extra)}-byte response")
    expect_status(responses, Code.OK)


def empty_stream(p):
    pipe = RequestPipe()
    pipe.close()
    responses = p.test.FullDuplexCall(pipe, timeout=CASE_TIMEOUT_S)
    received = drain(responses)
    expect_status(responses, Code.OK)
    expect(not received, f"expected no responses, saw {len(received)}")


def timeout_on_sleeping_server(p):
    pipe = RequestPipe()
    request = streaming_output_request(p.t, [31415], 27182)
    request.response_parameters[0].interval_us = 10_000_000
    pipe.add(request)
    responses = p.test.FullDuplexCall(pipe, timeout=0.001)
    try:
        drain(responses)
    finally:
        pipe.close()
    expect_status(responses, Code.DEADLINE_EXCEEDED)


def cancel_after_begin(p):
    pipe = RequestPipe()
    future = p.test.StreamingInputCall.future(pipe, timeout=CASE_TIMEOUT_S)
    future.cancel()
    pipe.close()
    expect_status(future, Code.CANCELLED)


def cancel_after_first_response(p):
    pipe = RequestPipe()
    responses = p.test.FullDuplexCall(pipe, timeout=CASE_TIMEOUT_S)
    try:
        pipe.add(streaming_output_request(p.t, [31415], 27182))
        expect_payload(next_or_none(responses), 31415)
        responses.cancel()
    finally:
        pipe.close()
    expect_status(responses, Code.CANCELLED)


def expect_unary_status(p, code, message):
    status = p.t.EchoStatus(code=code.value[0], message=message)
    _, call = single_response(p.test.UnaryCall, p.t.SimpleRequest(response_status=status))
    expect_status(call, code, message)


def status_code_and_message(p):
    message = "test status message"
    expect_unary_status(p, Code.UNKNOWN, message)

    pipe = RequestPipe()
    pipe.add(
        p.t.StreamingOutputCallRequest(response_status=p.t.EchoStatus(code=Code.UNKNOWN.value[0], message=message))
    )
    pipe.close()
    responses = p.test.FullDuplexCall(pipe, timeout=CASE_TIMEOUT_S)
    drain(responses)
    expect_status(responses, Code.UNKNOWN, message)


def special_status_message(p):
    expect_unary_status(p, Code.UNKNOWN, SPECIAL_STATUS_MESSAGE)


def custom_metadata(p):
    response, call = single_response(p.test.UnaryCall, large_unary_request(p.t), metadata=ECHO_METADATA)
    expect_status(call, Code.OK)
    expect_payload(response, LARGE_RESPONSE_SIZE)
    expect_echoed_metadata(call.initial_metadata(), call.trailing_metadata())

    pipe = RequestPipe()
    pipe.add(streaming_output_request(p.t, [LARGE_RESPONSE_SIZE], LARGE_REQUEST_SIZE))
    pipe.close()
    responses = p.test.FullDuplexCall(pipe, metadata=ECHO_METADATA, timeout=CASE_TIMEOUT_S)
    received = drain(responses)
    expect_status(responses, Code.OK)
    expect(len(received) == 1, f"expected 1 response, saw {len(received)}")
    expect_payload(received[0], LARGE_RESPONSE_SIZE)
    expect_echoed_metadata(responses.initial_metadata(), responses.trailing_metadata())


def call_by_path(channel, path):
    """Calls a method the protos do not bind, sending and receiving raw bytes."""
    _, call = single_response(channel.unary_unary(path), b"")
    return call


def unimplemented_method(p):
    expect_status(call_by_path(p.channel, "/grpc.testing.TestService/UnimplementedCall"), Code.UNIMPLEMENTED)


def unimplemented_service(p):
    expect_status(call_by_path(p.channel, "/grpc.testing.UnimplementedService/UnimplementedCall"), Code.UNIMPLEMENTED)


def oversized_request(p):
    request = p.t.SimpleRequest(response_size=1, payload=p.t.Payload(body=bytes(5 * 1024 * 1024)))
    _, call = single_response(p.test.UnaryCall, request)
    expect_status(call, Code.RESOURCE_EXHAUSTED)
    # The rejection must stay on that one call: the channel keeps working.
    empty_unary(p)


def health_check(p):
    serving = p.h.HealthCheckResponse.ServingStatus.Value("SERVING")
    for service in ["", "grpc.testing.TestService"]:
        response, call = single_response(p.health.Check, p.h.HealthCheckRequest(service=service))
        expect_status(call, Code.OK)
        seen = p.h.HealthCheckResponse.ServingStatus.Name(response.status)
        expect(response.status == serving, f"expected {service!r} SERVING, saw {seen}")
    _, call = single_response(p.health.Check, p.h.HealthCheckRequest(service="no.such.Service"))
    expect_status(call, Code.NOT_FOUND)


def health_watch(p):
    serving = p.h.HealthCheckResponse.ServingStatus.Value("SERVING")
    responses = p.health.Watch(p.h.HealthCheckRequest(service="grpc.testing.TestService"), timeout=CASE_TIMEOUT_S)
    try:
        first = next_or_none(responses)
    finally:
        responses.cancel()
    expect(first is not None and first.status == serving, f"expected a first update SERVING, saw {describe(first)}")


def expect_file_containing(ask, r, symbol, declares):
    """Checks that the first descriptor returned for `symbol` is a grpc.testing file declaring it."""
    response = ask(r.ServerReflectionRequest(file_containing_symbol=symbol))
    kind = response.WhichOneof("message_response")
    expect(
        kind == "file_descriptor_response",
        f"expected a file_descriptor_response for {symbol}, saw {describe(response)}",
    )
    files = response.file_descriptor_response.file_descriptor_proto
    expect(len(files) > 0, f"expected file descriptors for {symbol}, saw none")
    file = descriptor_pb2.FileDescriptorProto.FromString(files[0])
    described = f"file {file.name!r} (package {file.package!r})"
    expect(file.package == "grpc.testing", f"expected package grpc.testing for {symbol}, saw {described}")
    expect(declares(file), f"expected {described} to declare {symbol}")


def reflection_with(stub, r):
    pipe = RequestPipe()
    responses = stub.ServerReflectionInfo(pipe, timeout=CASE_TIMEOUT_S)

    # The protocol answers each request with exactly one response, in order.
    def ask(request):
        pipe.add(request)
        try:
            response = next_or_none(responses)
        except grpc.RpcError as error:
            raise CaseFailure(
                f"expected a response to {describe(request)}, "
                f"the call failed: {error.code().name} ({error.details()!r})"
            )
        expect(response is not None, f"expected a response to {describe(request)}, the stream ended")
        return response

    try:
        listed = ask(r.ServerReflectionRequest(list_services=""))
        names = [service.name for service in listed.list_services_response.service]
        for name in ["grpc.testing.TestService", "grpc.health.v1.Health"]:
            expect(name in names, f"expected list_services to include {name}, saw {names}")

        expect_file_containing(
            ask, r, "grpc.testing.TestService", lambda file: any(s.name == "TestService" for s in file.service)
        )
        expect_file_containing(
            ask, r, "grpc.testing.SimpleRequest", lambda file: any(m.name == "SimpleRequest" for m in file.message_type)
        )

        unknown = ask(r.ServerReflectionRequest(file_containing_symbol="no.such.Symbol"))
        expect(
            unknown.WhichOneof("message_response") == "error_response"
            and unknown.error_response.error_code == Code.NOT_FOUND.value[0],
            f"expected error_response NOT_FOUND (5) for no.such.Symbol, saw {describe(unknown)}",
        )
    finally:
        pipe.close()
    drain(responses)
    expect_status(responses, Code.OK)


def reflection_v1(p):
    reflection_with(p.reflection_v1, p.r_v1)


def reflection_v1alpha(p):
    reflection_with(p.reflection_v1alpha, p.r_v1alpha)


CASES = {
    case.__name__: case
    for case in [
        empty_unary,
        large_unary,
        client_compressed_unary,
        server_compressed_unary,
        client_streaming,
        client_compressed_streaming,
        server_streaming,
        server_compressed_streaming,
        ping_pong,
        empty_stream,
        timeout_on_sleeping_server,
        cancel_after_begin,
        cancel_after_first_response,
        status_code_and_message,
        special_status_message,
        custom_metadata,
        unimplemented_method,
        unimplemented_service,
        oversized_request,
        health_check,
        health_watch,
        reflection_v1,
        reflection_v1alpha,
    ]
}


# ---------------------------------------------------------------------------
# Runner


def create_channel(address, ca_file):
    # oversized_request has to put a 5 MiB message on the wire, past the
    # client's own 4 MiB default, for the server to be the one refusing it.
    options = [("grpc.max_send_message_length", -1)]
    if ca_file is None:
        return grpc.insecure_channel(address, options=options)
    credentials = grpc.ssl_channel_credentials(root_certificates=Path(ca_file).read_bytes())
    return grpc.secure_channel(address, credentials, options=options)


def create_peer(address, ca_file):
    """The channel, stubs and message classes every case gets."""
    pool = compile_protos()
    channel = create_channel(address, ca_file)
    reflection_messages = ("ServerReflectionRequest",)
    return SimpleNamespace(
        channel=channel,
        t=messages(
            pool,
            "grpc.testing",
            "Empty",
            "BoolValue",
            "Payload",
            "EchoStatus",
            "SimpleRequest",
            "StreamingInputCallRequest",
            "ResponseParameters",
            "StreamingOutputCallRequest",
        ),
        h=messages(pool, "grpc.health.v1", "HealthCheckRequest", "HealthCheckResponse"),
        r_v1=messages(pool, "grpc.reflection.v1", *reflection_messages),
        r_v1alpha=messages(pool, "grpc.reflection.v1alpha", *reflection_messages),
        test=Stub(channel, pool, "grpc.testing.TestService"),
        health=Stub(channel, pool, "grpc.health.v1.Health"),
        reflection_v1=Stub(channel, pool, "grpc.reflection.v1.ServerReflection"),
        reflection_v1alpha=Stub(channel, pool, "grpc.reflection.v1alpha.ServerReflection"),
    )


def run_case(name, peer):
    """Runs a case on its own thread so one that hangs is reported and left behind."""
    outcome = {}

    def target():
        try:
            CASES[name](peer)
            outcome["error"] = None
        except CaseFailure as failure:
            outcome["error"] = str(failure)
        except grpc.RpcError as error:  # a call failed where the case expected success
            outcome["error"] = f"unexpected status {error.code().name} ({error.details()!r})"
        except Exception as error:  # a bug in the case itself: report it and go on
            outcome["error"] = f"{type(error).__name__}: {error}"

    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    # The guard sits a little past the call deadlines so a deadline surfaces
    # as the status it produced rather than as a bare timeout.
    thread.join(CASE_TIMEOUT_S + 2)
    if thread.is_alive():
        return {"case": name, "ok": False, "error": f"timed out after {CASE_TIMEOUT_S + 2:.0f} s"}, True
    if outcome["error"] is None:
        return {"case": name, "ok": True}, False
    return {"case": name, "ok": False, "error": outcome["error"]}, False


def parse_command_line():
    parser = argparse.ArgumentParser(description="gRPC interop client (grpcio)")
    parser.add_argument("--address", required=True, help="HOST:PORT of the server")
    parser.add_argument("--cases", help="comma-separated case names (default: all)")
    parser.add_argument("--ca", help="PEM file of the certificate authority to trust; the channel is TLS with it")
    args = parser.parse_args()
    cases = [name.strip() for name in args.cases.split(",") if name.strip()] if args.cases else list(CASES)
    unknown = [name for name in cases if name not in CASES]
    if unknown:
        parser.error(f"unknown cases: {', '.join(unknown)}; known: {', '.join(CASES)}")
    return args.address, cases, args.ca


def main():
    address, cases, ca_file = parse_command_line()
    peer = create_peer(address, ca_file)
    all_passed = True
    any_hung = False
    for name in cases:
        result, hung = run_case(name, peer)
        all_passed = all_passed and result["ok"]
        any_hung = any_hung or hung
        print(json.dumps(result, separators=(",", ":")), flush=True)
    exit_code = 0 if all_passed else 1
    if any_hung:
        # A hung case still holds a blocked call; closing the channel or the
        # interpreter's normal shutdown could wait on it.
        os._exit(exit_code)
    peer.channel.close()
    sys.exit(exit_code)


if __name__ == "__main__":
    main()
