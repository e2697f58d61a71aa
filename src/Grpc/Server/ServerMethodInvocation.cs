namespace Telehealth.Grpc.Server;

/// <summary>The handler of one method with its interceptors around it; the field for the method's kind is set.</summary>
internal sealed class ServerMethodInvocation<TRequest, TResponse>
{
    public UnaryServerMethod<TRequest, TResponse>? Unary { get; init; }

    public ClientStreamingServerMethod<TRequest, TResponse>? ClientStreaming { get; init; }

    public ServerStreamingServerMethod<TRequest, TResponse>? ServerStreaming { get; init; }

    public DuplexStreamingServerMethod<TRequest, TResponse>? DuplexStreaming { get; init; }
}
