"""The client side of gRPC server reflection (v1 and v1alpha share one wire shape)."""

import queue

import grpc
from google.protobuf import descriptor_pb2

from calls import CALL_TIMEOUT_S, CaseFailure, describe, describe_status, expect


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


class Reflection:
    """One ServerReflectionInfo stream. The protocol answers each request with exactly one
    response, in order, so ask() returns the answer to its own request."""

    def __init__(self, stub):
        self._pipe = RequestPipe()
        self._responses = stub.ServerReflectionInfo(self._pipe, timeout=CALL_TIMEOUT_S)

    def ask(self, request):
        self._pipe.add(request)
        try:
            return next(self._responses)
        except StopIteration:
            raise CaseFailure(f"expected an answer to {describe(request)}, the stream ended") from None
        except grpc.RpcError as error:
            raise CaseFailure(
                f"expected an answer to {describe(request)}, the call failed: {describe_status(error)}"
            ) from None

    def close(self):
        """Half-closes and reads to the end; returns the finished call, for its status."""
        self._pipe.close()
        try:
            for _ in self._responses:
                pass
        except grpc.RpcError:
            pass
        return self._responses


def file_descriptors(response, question):
    """The FileDescriptorProtos of a file_descriptor_response."""
    expect(
        response.WhichOneof("message_response") == "file_descriptor_response",
        f"expected a file_descriptor_response for {question}, saw {describe(response)}",
    )
    files = [
        descriptor_pb2.FileDescriptorProto.FromString(b)
        for b in response.file_descriptor_response.file_descriptor_proto
    ]
    expect(files, f"expected file descriptors for {question}, saw none")
    return files


def descriptors_for(reflection, messages, symbol):
    """Every file the one declaring `symbol` needs, by name: what the server sent with it, and
    any dependency it left out, asked for by file name."""
    files = {}
    for file in file_descriptors(
        reflection.ask(messages.ServerReflectionRequest(file_containing_symbol=symbol)), symbol
    ):
        files[file.name] = file
    while missing := sorted({d for f in files.values() for d in f.dependency} - files.keys()):
        for name in missing:
            for file in file_descriptors(reflection.ask(messages.ServerReflectionRequest(file_by_filename=name)), name):
                files[file.name] = file
    return files
