using Google.Protobuf;
using Google.Protobuf.Reflection;
using Telehealth.Grpc.Client;
using Alpha = Telehealth.Grpc.Reflection.V1Alpha;
using V1 = Telehealth.Grpc.Reflection.V1;

namespace Telehealth.Grpc.Testing;

/// <summary>Asks a server's reflection service what grpcurl would: list, then files by symbol.</summary>
public sealed class ReflectionProbe(GrpcChannel channel)
{
    public Task RunV1Async() => RunAsync(
        Method<V1.ServerReflectionRequest, V1.ServerReflectionResponse>.From(V1.ReflectionReflection.Descriptor.Services[0].Methods[0]),
        request => request,
        response => response);

    // v1alpha is the same wire format under another package: the probe speaks v1 through it.
    public Task RunV1AlphaAsync() => RunAsync(
        Method<Alpha.ServerReflectionRequest, Alpha.ServerReflectionResponse>.From(Alpha.ReflectionReflection.Descriptor.Services[0].Methods[0]),
        request => Alpha.ServerReflectionRequest.Parser.ParseFrom(request.ToByteString()),
        response => V1.ServerReflectionResponse.Parser.ParseFrom(response.ToByteString()));

    private async Task RunAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, Func<V1.ServerReflectionRequest, TRequest> toWire, Func<TResponse, V1.ServerReflectionResponse> fromWire)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        using var call = channel.DuplexStreamingCall(method, new CallOptions().WithTimeout(TimeSpan.FromSeconds(10)));
        async Task<V1.ServerReflectionResponse> Ask(V1.ServerReflectionRequest request)
        {
            await call.RequestStream.WriteAsync(toWire(request));
            InteropClient.Check(await call.ResponseStream.MoveNext(), "no reflection response");
            return fromWire(call.ResponseStream.Current);
        }

        var list = await Ask(new V1.ServerReflectionRequest { ListServices = "" });
        var names = list.ListServicesResponse?.Service.Select(s => s.Name).ToList() ?? [];
        InteropClient.Check(names.Contains("grpc.testing.TestService") && names.Contains("grpc.health.v1.Health"), $"listed [{string.Join(", ", names)}]");

        await ExpectFileDeclaring(Ask, "grpc.testing.TestService", file => file.Service.Any(s => s.Name == "TestService"));
        await ExpectFileDeclaring(Ask, "grpc.testing.SimpleRequest", file => file.MessageType.Any(m => m.Name == "SimpleRequest"));

        var unknown = await Ask(new V1.ServerReflectionRequest { FileContainingSymbol = "no.such.Symbol" });
        InteropClient.Check(unknown.ErrorResponse?.ErrorCode == (int)StatusCode.NotFound, "an unknown symbol was not NOT_FOUND");
        await call.RequestStream.CompleteAsync();
    }

    private static async Task ExpectFileDeclaring(Func<V1.ServerReflectionRequest, Task<V1.ServerReflectionResponse>> ask, string symbol, Func<FileDescriptorProto, bool> declares)
    {
        var response = await ask(new V1.ServerReflectionRequest { FileContainingSymbol = symbol });
        var files = response.FileDescriptorResponse?.FileDescriptorProto ?? throw new InteropFailure($"no files for {symbol}");
        InteropClient.Check(files.Count > 0, $"no files for {symbol}");
        var first = FileDescriptorProto.Parser.ParseFrom(files[0]);
        InteropClient.Check(first.Package == "grpc.testing" && declares(first), $"{symbol} answered with {first.Name}");
    }
}
