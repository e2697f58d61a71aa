using Google.Protobuf;
using Telehealth.Grpc.Server;

namespace Telehealth.Cli.Tests.Fakes;

/// <summary>
/// The base of the fake services <see cref="FakeServiceTypes"/> makes: each RPC forwards here with its
/// "Service/Method" key. Public, because the generated types live in another (dynamic) assembly.
/// </summary>
public abstract class FakeService(FakeBackend backend)
{
    protected Task<TResponse> Unary<TResponse>(string method, IMessage request, ServerCallContext context)
        where TResponse : IMessage =>
        backend.Unary<TResponse>(method, request, context);

    protected Task Stream<TResponse>(string method, IMessage request, IServerStreamWriter<TResponse> writer, ServerCallContext context) =>
        backend.Stream(method, request, writer, context);
}
