using Google.Protobuf;
using Telehealth.Grpc;
using Telehealth.Grpc.Client;

namespace Telehealth.Cli.Connection;

/// <summary>
/// One service's channel, with the bearer token on every call and the service's name and address
/// kept so a failure can say which service could not do what.
/// </summary>
internal sealed class ServiceConnection(ServiceName service, GrpcChannel channel, TimeSpan timeout) : IDisposable
{
    public ServiceName Service { get; } = service;

    public Uri Address => channel.Address;

    public TimeSpan Timeout { get; } = timeout;

    /// <summary>
    /// One unary call. Every call is marked idempotent: reads are, and writes carry a request id the
    /// service deduplicates by, so a retry after UNAVAILABLE sends the same id and gets the first answer.
    /// </summary>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CancellationToken cancellationToken)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var options = new CallOptions { CancellationToken = cancellationToken, Idempotent = true }.WithTimeout(Timeout);
        try
        {
            return await channel.UnaryCall(method, request, options).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException exception)
        {
            throw Failure(method.Name, Timeout, exception, cancellationToken);
        }
    }

    /// <summary>A server stream without a deadline (it lasts until cancelled), read message by message.</summary>
    public async IAsyncEnumerable<TResponse> StreamAsync<TRequest, TResponse>(
        Method<TRequest, TResponse> method, TRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        using var call = channel.ServerStreamingCall(method, request, new CallOptions { CancellationToken = cancellationToken });
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
                throw Failure(method.Name, null, exception, cancellationToken);
            }
            yield return call.ResponseStream.Current;
        }
    }

    public void Dispose() => channel.Dispose();

    // Ctrl+C surfaces as CANCELLED from the library; callers handle it as cancellation, not as a service failure.
    private Exception Failure(string method, TimeSpan? timeout, RpcException exception, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
            ? new OperationCanceledException(cancellationToken)
            : new ServiceCallException(Service, Address, method, timeout, exception);
}
