using Grpc.Core;
using Grpc.Net.Client;

namespace Telehealth.Testing;

/// <summary>Calls through a channel with a method built from descriptors (see <see cref="DescriptorMethods"/>).</summary>
public static class ChannelCalls
{
    public static AsyncUnaryCall<TResponse> UnaryCall<TRequest, TResponse>(this GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class
        where TResponse : class =>
        channel.CreateCallInvoker().AsyncUnaryCall(method, null, options, request);

    public static AsyncServerStreamingCall<TResponse> ServerStreamingCall<TRequest, TResponse>(this GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class
        where TResponse : class =>
        channel.CreateCallInvoker().AsyncServerStreamingCall(method, null, options, request);
}
