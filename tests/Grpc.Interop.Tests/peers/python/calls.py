"""What every case uses: failing with a readable message, bearer-token metadata and deadlines."""

import grpc
from google.protobuf import text_format

Code = grpc.StatusCode

# Every call has a deadline, so a server that stops answering fails the case instead of
# hanging the run.
CALL_TIMEOUT_S = 10.0


class CaseFailure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CaseFailure(message)


def describe_status(call):
    return f"{call.code().name} ({call.details()!r})"


def expect_status(call, code, what):
    """Checks a finished call's status; `call` may also be the RpcError it raised."""
    expect(call.code() == code, f"{what}: expected {code.name}, saw {describe_status(call)}")


def describe(message, limit=500):
    """One-line text of a message for error output, cut short so descriptor bytes cannot flood it."""
    if message is None:
        return "none"
    text = text_format.MessageToString(message, as_one_line=True)
    return f"{{{text[:limit]}{'...' if len(text) > limit else ''}}}"


def bearer(token):
    return (("authorization", f"Bearer {token}"),)


def call_unary(method, request, metadata=(), timeout=CALL_TIMEOUT_S, **options):
    """Runs a unary call; returns (response or None, call) where call has the status and trailers."""
    try:
        return method.with_call(request, metadata=metadata, timeout=timeout, **options)
    except grpc.RpcError as error:
        return None, error


def unary_ok(method, request, metadata, what, **options):
    """A unary call that must succeed; gives its response."""
    response, call = call_unary(method, request, metadata, **options)
    expect_status(call, Code.OK, what)
    return response


def next_or_none(responses):
    """The next message of a response stream, or None once it ended; a failed call gives None too."""
    try:
        return next(responses)
    except StopIteration:
        return None
    except grpc.RpcError:
        return None


def expect_headers(responses, what):
    """Waits for a response stream's headers, failing with the status if the call ends first."""
    headers = responses.initial_metadata()
    if not responses.is_active() and responses.code() != Code.OK:
        raise CaseFailure(f"{what}: the call ended before its headers, with {describe_status(responses)}")
    return headers
