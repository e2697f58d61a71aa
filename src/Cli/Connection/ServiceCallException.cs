using Grpc.Core;

namespace Telehealth.Cli.Connection;

/// <summary>A call that ended with a gRPC status, with what is needed to turn it into a sentence.</summary>
internal sealed class ServiceCallException(ServiceName service, Uri address, string method, TimeSpan? timeout, RpcException rpc)
    : Exception($"{service.Key()} {method}: {rpc.Status}", rpc)
{
    public ServiceName Service { get; } = service;

    public Uri Address { get; } = address;

    public string Method { get; } = method;

    public TimeSpan? Timeout { get; } = timeout;

    public RpcException Rpc { get; } = rpc;

    public StatusCode StatusCode => Rpc.StatusCode;
}
