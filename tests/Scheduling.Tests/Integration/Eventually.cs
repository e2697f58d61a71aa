using Grpc.Core;

namespace Telehealth.Scheduling.Tests.Integration;

internal static class Eventually
{
    /// <summary>Retries a call while events are still in flight, until the condition holds or the time is up.</summary>
    public static async Task<T> SucceedsAsync<T>(Func<Task<T>> call, Func<T, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                var result = await call();
                if (until(result))
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
}
