using Google.Protobuf;
using Google.Protobuf.Reflection;
using Telehealth.Grpc.Client;

namespace Telehealth.Integration.Tests.Support;

/// <summary>Calls any unary RPC of a service by name, typed by its messages, as a caller.</summary>
public sealed class ServiceClient(GrpcChannel channel, ServiceDescriptor service)
{
    public ServiceDescriptor Service => service;

    public async Task<TResponse> CallAsync<TRequest, TResponse>(string methodName, TRequest request, TestCaller caller)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var method = Method<TRequest, TResponse>.From(service.FindMethodByName(methodName)
            ?? throw new ArgumentException($"{service.FullName} has no {methodName}.", nameof(methodName)));
        return await channel.UnaryCall(method, request, new CallOptions { Headers = caller.Headers }.WithTimeout(TimeSpan.FromSeconds(30)));
    }
}
