using Grpc.Core;
using Grpc.Net.Client;

namespace Telehealth.Cli.Connection;

/// <summary>
/// One service's channel, with the bearer token on every call and the service's name and address
/// kept so a failure can say which service could not do what.
/// </summary>
internal sealed class ServiceConnection(ServiceName service, Uri address, GrpcChannel channel, CallInvoker invoker, TimeSpan timeout) : IDisposable
{
    public ServiceName Service { get; } = service;

    public Uri Address { get; } = address;

    public TimeSpan Timeout { get; } = timeout;

    /// <summary>What the generated clients call through: the channel, with the caller's token added to every call.</summary>
    public CallInvoker Invoker { get; } = invoker;

    /// <summary>
    /// One unary call with a deadline. The channel retries UNAVAILABLE for every method: reads are
    /// idempotent, and writes carry a request id the service deduplicates by, so a retry gets the first answer.
    /// </summary>
    public async Task<TResponse> CallAsync<TResponse>(string method, Func<CallOptions, AsyncUnaryCall<TResponse>> call, CancellationToken cancellationToken)
    {
        var options = new CallOptions(deadline: DateTime.UtcNow + Timeout, cancellationToken: cancellationToken);
        try
        {
            return await call(options).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException exception)
        {
            throw Failure(method, Timeout, exception, cancellationToken);
        }
    }

    /// <summary>A server stream without a deadline (it lasts until cancelled), read message by message.</summary>
    public async IAsyncEnumerable<TResponse> StreamAsync<TResponse>(
        string method, Func<CallOptions, AsyncServerStreamingCall<TResponse>> open, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var call = open(new CallOptions(cancellationToken: cancellationToken));
        while (true)
        {
            try
            {
                if (!await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (RpcException exception)
            {
                throw Failure(method, null, exception, cancellationToken);
            }
            yield return call.ResponseStream.Current;
        }
    }

    public void Dispose() => channel.Dispose();

    // Ctrl+C surfaces as CANCELLED from the client; callers handle it as cancellation, not as a service failure.
    private Exception Failure(string method, TimeSpan? timeout, RpcException exception, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
            ? new OperationCanceledException(cancellationToken)
            : new ServiceCallException(Service, Address, method, timeout, exception);
}
