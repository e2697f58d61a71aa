using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Telehealth.Testing;
using Grpc.Net.Client;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// Calls any unary or server-streaming RPC, typed only by its descriptor, with the given metadata,
/// and tells how it ended and what it answered. A stream counts as open (OK) when it yields a message, ends cleanly, or
/// is still open without an error after a short grace period.
/// </summary>
internal static class RpcInvoker
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StreamGrace = TimeSpan.FromSeconds(1);

    public static async Task<CallOutcome> CallAsync(GrpcChannel channel, MethodDescriptor method, IMessage request, Metadata headers)
    {
        if (method.IsClientStreaming)
        {
            throw new NotSupportedException($"{method.FullName} streams requests; the matrix has no way to call it yet.");
        }
        var call = typeof(RpcInvoker)
            .GetMethod(method.IsServerStreaming ? nameof(ServerStreamingAsync) : nameof(UnaryAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(method.InputType.ClrType, method.OutputType.ClrType);
        try
        {
            var response = await RateLimitRetry.CallAsync(() => (Task<IMessage?>)call.Invoke(null, [channel, method, request, headers])!);
            return CallOutcome.Answered(response);
        }
        catch (RpcException exception)
        {
            return new CallOutcome(exception.StatusCode, exception.Status.Detail);
        }
    }

    private static async Task<IMessage?> UnaryAsync<TRequest, TResponse>(GrpcChannel channel, MethodDescriptor descriptor, TRequest request, Metadata headers)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        using var call = channel.UnaryCall(DescriptorMethods.For<TRequest, TResponse>(descriptor), request, Options(headers, CancellationToken.None));
        return await call.ResponseAsync;
    }

    private static async Task<IMessage?> ServerStreamingAsync<TRequest, TResponse>(GrpcChannel channel, MethodDescriptor descriptor, TRequest request, Metadata headers)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        using var stop = new CancellationTokenSource();
        using var call = channel.ServerStreamingCall(DescriptorMethods.For<TRequest, TResponse>(descriptor), request, Options(headers, stop.Token));
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
