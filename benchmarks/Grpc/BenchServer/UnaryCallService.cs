using Google.Protobuf;
using Grpc.Core;
using Telehealth.Benchmarks.Grpc.Testing;

namespace Telehealth.Benchmarks.Grpc;

/// <summary>UnaryCall on the generated service base, as a telehealth service implements its RPCs.</summary>
public sealed class UnaryCallService : TestService.TestServiceBase
{
    public override Task<SimpleResponse> UnaryCall(SimpleRequest request, ServerCallContext context) =>
        Task.FromResult(new SimpleResponse { Payload = new Payload { Body = ByteString.CopyFrom(new byte[request.ResponseSize]) } });
}
