namespace Telehealth.Notification.Tests.Integration.Support;

internal static class Eventually
{
    /// <summary>Polls until <paramref name="until"/> holds for what <paramref name="read"/> returns, or fails after the timeout.</summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> read, Func<T, bool> until, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (until(value))
            {
                return value;
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
            await Task.Delay(100);
        }
    }

    public static Task<T> HoldsAsync<T>(Func<T> read, Func<T, bool> until, string what, TimeSpan? timeout = null) =>
        HoldsAsync(() => Task.FromResult(read()), until, what, timeout);
}
