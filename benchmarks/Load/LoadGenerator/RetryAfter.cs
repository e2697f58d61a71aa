using System.Globalization;
using Grpc.Core;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Benchmarks.Load;

/// <summary>How long a service that answered RESOURCE_EXHAUSTED asked the caller to wait (retry-after-ms), if it said.</summary>
public static class RetryAfter
{
    public static TimeSpan? Of(RpcException refusal) =>
        refusal.StatusCode == StatusCode.ResourceExhausted
        && refusal.Trailers.GetValue(CallRateLimitInterceptor.RetryAfterTrailer) is { } text
        && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds)
        && milliseconds >= 0
            ? TimeSpan.FromMilliseconds(milliseconds)
            : null;
}
