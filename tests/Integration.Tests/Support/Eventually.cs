using Grpc.Core;

namespace Telehealth.Integration.Tests.Support;

internal static class Eventually
{
    /// <summary>Retries a call while the services are still catching up (events in flight), up to the timeout.</summary>
    public static async Task<T> SucceedsAsync<T>(Func<Task<T>> call, Func<T, bool>? until = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                var result = await call();
                if (until is null || until(result))
                {
                    return result;
                }
            }
            catch (RpcException exception) when (exception.StatusCode is StatusCode.NotFound or StatusCode.Unavailable && DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the condition holds, up to the timeout.</summary>
    public static Task TrueAsync(Func<bool> condition, TimeSpan timeout) =>
        TrueAsync(condition, timeout, "the condition");

    /// <summary>Waits until the condition holds, up to the timeout; a timeout names <paramref name="what"/> was waited for.</summary>
    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; it did not happen.");
            }
            await Task.Delay(100);
        }
    }
}
