using System.Globalization;
using Grpc.Core;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// The matrix makes many calls as the same few people; past their call rate a service answers
/// RESOURCE_EXHAUSTED with a retry-after-ms trailer, and a well-behaved client waits that long.
/// A RESOURCE_EXHAUSTED without that trailer (a message over the size limit) is an answer, not a pause.
/// </summary>
internal static class RateLimitRetry
{
    private const int Attempts = 10;

    public static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.ResourceExhausted && IsRateLimit(exception) && attempt < Attempts)
            {
                await Task.Delay(RetryAfter(exception));
            }
        }
    }

    private static bool IsRateLimit(RpcException exception) => exception.Trailers.GetValue("retry-after-ms") is not null;

    private static TimeSpan RetryAfter(RpcException exception) =>
        int.TryParse(exception.Trailers.GetValue("retry-after-ms"), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 10, 2000))
            : TimeSpan.FromMilliseconds(500);
}
