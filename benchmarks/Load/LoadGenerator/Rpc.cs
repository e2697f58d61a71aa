using System.Collections.Concurrent;
using Grpc.Core;

namespace Telehealth.Benchmarks.Load;

/// <summary>Setup and probe calls that must succeed, however long the system takes to catch up.</summary>
public static class Rpc
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Server errors that setup calls met and retried, by method and status.</summary>
    public static ConcurrentDictionary<string, int> ServerErrors { get; } = new();

    /// <summary>
    /// One call that must succeed (setup, probes): waits out RESOURCE_EXHAUSTED (retry-after-ms) and
    /// DEADLINE_EXCEEDED, and NOT_FOUND too while <paramref name="waitWhileNotFound"/> (an event not
    /// consumed yet). UNAVAILABLE is retried by the channel (<see cref="SetupRetries"/>).
    /// </summary>
    /// <param name="method">The method's name, for the count of server errors.</param>
    /// <param name="call">Starts one attempt with the options given (token, deadline, cancellation).</param>
    public static async Task<TResponse> CallUntilDoneAsync<TResponse>(
        string method, Func<CallOptions, AsyncUnaryCall<TResponse>> call, Caller caller,
        TimeSpan? waitWhileNotFound = null, CancellationToken cancellationToken = default)
    {
        var giveUp = DateTime.UtcNow + (waitWhileNotFound ?? TimeSpan.Zero) + TimeSpan.FromMinutes(2);
        var notFoundUntil = DateTime.UtcNow + (waitWhileNotFound ?? TimeSpan.Zero);
        var backoff = TimeSpan.FromMilliseconds(50);
        var serverErrors = 0;
        while (true)
        {
            try
            {
                return await call(caller.Options(AttemptTimeout, cancellationToken));
            }
            catch (RpcException rpc) when (rpc.StatusCode is StatusCode.Unknown or StatusCode.Internal or StatusCode.Aborted && ++serverErrors <= 5)
            {
                // A failed write: the same request id again is safe (it is idempotent). Counted, and shown at the end.
                ServerErrors.AddOrUpdate($"{method} {rpc.StatusCode}", 1, (_, n) => n + 1);
                await Task.Delay(backoff * serverErrors, cancellationToken);
            }
            catch (RpcException rpc) when (DateTime.UtcNow < giveUp && (
                rpc.StatusCode is StatusCode.ResourceExhausted or StatusCode.DeadlineExceeded
                || (rpc.StatusCode == StatusCode.NotFound && DateTime.UtcNow < notFoundUntil)))
            {
                await Task.Delay(RetryAfter.Of(rpc) ?? backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(1).Ticks));
            }
        }
    }
}
