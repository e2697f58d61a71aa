using Grpc.Core;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// What a patient app does when a service sheds load: waits at least as long as the
/// RESOURCE_EXHAUSTED answer asked, and longer after each refusal in a row (doubling, up to 5 s),
/// plus a random part so that refused apps do not all come back at once, then sends the same
/// request again (reports are idempotent by their id), all within the call's one deadline. A
/// report's latency and its alert's clock therefore run from the first attempt.
/// </summary>
public static class PatientAppRetries
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    /// <param name="call">Starts one attempt with the options given.</param>
    /// <param name="refused">Told of each refusal that is retried.</param>
    public static async Task<TResponse> CallAsync<TResponse>(
        Func<CallOptions, AsyncUnaryCall<TResponse>> call, Caller caller, TimeSpan timeout, Action refused)
    {
        var deadline = DateTime.UtcNow + timeout;
        var backoff = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return await call(new CallOptions(caller.Headers, deadline));
            }
            catch (RpcException rpc) when (RetryAfter.Of(rpc) is { } asked && NextWait(asked, ref backoff) is var wait && DateTime.UtcNow + wait < deadline)
            {
                refused();
                await Task.Delay(wait);
            }
        }
    }

    private static TimeSpan NextWait(TimeSpan asked, ref TimeSpan backoff)
    {
        backoff = backoff == TimeSpan.Zero ? asked : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        var wait = backoff > asked ? backoff : asked;
        return wait + wait * (Random.Shared.NextDouble() / 2);
    }
}
