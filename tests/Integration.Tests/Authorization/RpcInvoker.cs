using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Telehealth.Testing;
using Grpc.Net.Client;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// Calls any unary or server-streaming RPC, typed only by its descriptor, with the given metadata,
/// and tells how it ended and what it answered. A stream counts as open (OK) when it yields a
/// message, ends cleanly, or is still open without an error after a short grace period.
/// </summary>
internal static class RpcInvoker
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StreamGrace = TimeSpan.FromSeconds(1);

    public static Task<CallOutcome> CallAsync(GrpcChannel channel, MethodDescriptor method, IMessage request, Metadata headers)
    {
        var call = typeof(RpcInvoker)
            .GetMethod(nameof(TypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(method.InputType.ClrType, method.OutputType.ClrType);
        return OutcomeAsync(method, () => (Task<object?>)call.Invoke(null, [channel, method, request, headers])!);
    }

    /// <summary>The same, with the request body as raw bytes: what a broken or hostile client could send.</summary>
    public static Task<CallOutcome> CallRawAsync(GrpcChannel channel, MethodDescriptor method, byte[] body, Metadata headers) =>
        OutcomeAsync(method, () => InvokeAsync(channel, DescriptorMethods.Raw(method), body, headers));

    private static async Task<CallOutcome> OutcomeAsync(MethodDescriptor method, Func<Task<object?>> invoke)
    {
        if (method.IsClientStreaming)
        {
            throw new NotSupportedException($"{method.FullName} streams requests; the matrix has no way to call it yet.");
        }
        try
        {
            var response = await RateLimitRetry.CallAsync(invoke);
            return CallOutcome.Answered(response as IMessage);
        }
        catch (RpcException exception)
        {
            return new CallOutcome(exception.StatusCode, exception.Status.Detail);
        }
    }

    private static Task<object?> TypedAsync<TRequest, TResponse>(GrpcChannel channel, MethodDescriptor descriptor, TRequest request, Metadata headers)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        InvokeAsync(channel, DescriptorMethods.For<TRequest, TResponse>(descriptor), request, headers);

    private static Task<object?> InvokeAsync<TRequest, TResponse>(GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, Metadata headers)
        where TRequest : class
        where TResponse : class =>
        method.Type == MethodType.ServerStreaming ? ServerStreamingAsync(channel, method, request, headers) : UnaryAsync(channel, method, request, headers);

    private static async Task<object?> UnaryAsync<TRequest, TResponse>(GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, Metadata headers)
        where TRequest : class
        where TResponse : class
    {
        using var call = channel.UnaryCall(method, request, Options(headers, CancellationToken.None));
        return await call.ResponseAsync;
    }

    /// <summary>The stream's first message, or null when it ended or stayed quiet without one.</summary>
    private static async Task<object?> ServerStreamingAsync<TRequest, TResponse>(GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, Metadata headers)
        where TRequest : class
        where TResponse : class
    {
        using var stop = new CancellationTokenSource();
        using var call = channel.ServerStreamingCall(method, request, Options(headers, stop.Token));
        var next = call.ResponseStream.MoveNext(stop.Token);
        if (await Task.WhenAny(next, Task.Delay(StreamGrace)) != next)
        {
            // Open and quiet: nothing refused it. Hang up.
            await stop.CancelAsync();
            await Task.WhenAny(next);
            // The read ends cancelled, as asked; that is not an answer from the service.
            _ = next.Exception;
            return null;
        }
        if (await next)
        {
            return call.ResponseStream.Current;
        }
        if (call.GetStatus() is { StatusCode: not StatusCode.OK } status)
        {
            throw new RpcException(status);
        }
        return null;
    }

    private static CallOptions Options(Metadata headers, CancellationToken cancellationToken) =>
        new CallOptions(headers: headers, deadline: DateTime.UtcNow + CallTimeout, cancellationToken: cancellationToken);
}
