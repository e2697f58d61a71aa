using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Net.Client;
using Grpc.Core;
using Telehealth.Testing;

namespace Telehealth.Integration.Tests.Support;

/// <summary>Calls any unary RPC of a service by name, typed by its messages, as a caller.</summary>
public sealed class ServiceClient(GrpcChannel channel, ServiceDescriptor service)
{
    public ServiceDescriptor Service => service;

    /// <summary>The channel to the service's process, for the other APIs it serves (audit trail, health).</summary>
    public GrpcChannel Channel => channel;

    public async Task<TResponse> CallAsync<TRequest, TResponse>(string methodName, TRequest request, TestCaller caller)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var method = DescriptorMethods.For<TRequest, TResponse>(service.FindMethodByName(methodName)
            ?? throw new ArgumentException($"{service.FullName} has no {methodName}.", nameof(methodName)));
        return await channel.UnaryCall(method, request, new CallOptions(headers: caller.Headers, deadline: DateTime.UtcNow + TimeSpan.FromSeconds(30)));
    }

    /// <summary>Calls a unary RPC whose message types are known only from its descriptor.</summary>
    public async Task<IMessage> CallAsync(MethodDescriptor method, IMessage request, TestCaller caller)
    {
        var call = typeof(ServiceClient).GetMethods()
            .Single(m => m.Name == nameof(CallAsync) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(method.InputType.ClrType, method.OutputType.ClrType);
        var task = (Task)call.Invoke(this, [method.Name, request, caller])!;
        await task;
        return (IMessage)task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task)!;
    }
}
