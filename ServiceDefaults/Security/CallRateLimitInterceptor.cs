using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// RESOURCE_EXHAUSTED once a caller (token subject) goes past its call rate; the status carries
/// a "retry-after-ms" trailer. Runs after authentication, so callers are known; health and
/// reflection are not counted.
/// </summary>
public sealed class CallRateLimitInterceptor : AdmissionInterceptor, IDisposable
{
    public const string RetryAfterTrailer = "retry-after-ms";

    private readonly PartitionedRateLimiter<Guid> _limiter;

    public CallRateLimitInterceptor(IOptions<CallRateSettings> options)
    {
        var settings = options.Value;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, settings.Burst),
            TokensPerPeriod = Math.Max(1, settings.PerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _limiter = PartitionedRateLimiter.Create<Guid, Guid>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ => bucket));
    }

    public void Dispose() => _limiter.Dispose();

    protected override void Admit(ServerCallContext context)
    {
        if (OpenMethods.Contains(context.Method))
        {
            return;
        }
        using var lease = _limiter.AttemptAcquire(context.GetCaller().Id);
        if (lease.IsAcquired)
        {
            return;
        }
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.ResponseTrailers.Add(RetryAfterTrailer, ((long)Math.Ceiling(retryAfter.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        throw new RpcException(new Status(StatusCode.ResourceExhausted, "Too many calls from this caller; slow down and retry later."));
    }
}
