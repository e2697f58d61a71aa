"""Message classes and stubs built at run time from descriptors, never from generated modules.

The protos are compiled with protoc into a descriptor set in a temporary folder. Importing
generated modules instead would put a grpc/health/v1/health_pb2.py under a package named
`grpc`, shadowing grpcio itself. Descriptors from server reflection go the same way.

protoc is the one in $PROTOC (the tests pass the one Grpc.Tools brings), else `protoc` on the
PATH: the protoc inside Debian's grpc_tools predates proto3 `optional`, which the contract uses.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import SimpleNamespace

import grpc_tools
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper

REPOSITORY = Path(__file__).resolve().parents[4]
INCLUDE_DIRS = [
    REPOSITORY / "src/Contracts/Protos",
    REPOSITORY / "tests/Grpc.Interop.Tests/Protos",
    # google/protobuf/*.proto, which the contract imports.
    Path(grpc_tools.__file__).parent / "_proto",
]
PROTO_FILES = [
    "telehealth/prescription/v1/prescription.proto",
    "telehealth/scheduling/v1/scheduling.proto",
    "telehealth/progress/v1/progress.proto",
    "telehealth/notification/v1/notification.proto",
    "grpc/health/v1/health.proto",
    "grpc/reflection/v1/reflection.proto",
    "grpc/reflection/v1alpha/reflection.proto",
    "google/rpc/status.proto",
    "google/rpc/error_details.proto",
]


def find_protoc():
    protoc = os.environ.get("PROTOC") or shutil.which("protoc")
    if not protoc:
        raise RuntimeError("no protoc: set PROTOC to a protoc of 3.15 or later (Grpc.Tools has one)")
    return protoc


def compile_protos():
    """Runs protoc over the contract and the standard protos; returns a pool of their descriptors."""
    with tempfile.TemporaryDirectory() as out:
        descriptor_set = os.path.join(out, "peer.pb")
        args = [find_protoc(), *(f"-I{d}" for d in INCLUDE_DIRS)]
        args += ["--include_imports", f"--descriptor_set_out={descriptor_set}", *PROTO_FILES]
        compiled = subprocess.run(args, capture_output=True, text=True, check=False)
        if compiled.returncode != 0:
            raise RuntimeError(f"protoc failed on the peer's protos: {compiled.stderr.strip()}")
        files = descriptor_pb2.FileDescriptorSet.FromString(Path(descriptor_set).read_bytes())
    return pool_of(files.file)


def pool_of(files):
    """A pool holding `files` (FileDescriptorProto messages), each added after its dependencies."""
    pool = descriptor_pool.DescriptorPool()
    by_name = {file.name: file for file in files}
    added = set()

    def add(name):
        if name in added:
            return
        for dependency in by_name[name].dependency:
            add(dependency)
        pool.Add(by_name[name])
        added.add(name)

    for name in by_name:
        add(name)
    return pool


def message_class(descriptor):
    # GetMessageClass replaced MessageFactory.GetPrototype in newer protobuf.
    if hasattr(message_factory, "GetMessageClass"):
        return message_factory.GetMessageClass(descriptor)
    return message_factory.MessageFactory(descriptor.file.pool).GetPrototype(descriptor)


def enum_type(pool, full_name):
    """Value("NAME") and Name(number) for an enum, as a generated module would offer."""
    return EnumTypeWrapper(pool.FindEnumTypeByName(full_name))


def types_of(pool, package, *names):
    """Message classes and enums of a package by name; a nested name ("Outer.Inner") is found by its last part."""

    def find(name):
        full_name = f"{package}.{name}"
        try:
            return message_class(pool.FindMessageTypeByName(full_name))
        except KeyError:
            return enum_type(pool, full_name)

    return SimpleNamespace(**{name.rsplit(".", 1)[-1]: find(name) for name in names})


class Stub:
    """One callable per method of a service, as a generated stub would have."""

    def __init__(self, channel, pool, service_name):
        self.service = pool.FindServiceByName(service_name)
        for method in self.service.methods:
            make_callable = {
                (False, False): channel.unary_unary,
                (False, True): channel.unary_stream,
                (True, False): channel.stream_unary,
                (True, True): channel.stream_stream,
            }[(method.client_streaming, method.server_streaming)]
            setattr(
                self,
                method.name,
                make_callable(
                    f"/{self.service.full_name}/{method.name}",
                    request_serializer=lambda message: message.SerializeToString(),
                    response_deserializer=message_class(method.output_type).FromString,
                ),
            )
