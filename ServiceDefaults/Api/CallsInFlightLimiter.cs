using System.Threading.RateLimiting;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// The rate limiter's global limiter: one <see cref="ConcurrencyLimiter"/> for the calls that count
/// (unary telehealth calls), another for those of them judged urgent (<see cref="UrgentCall"/>),
/// none for the rest. <c>PartitionedRateLimiter.Create</c> would do the same, but it takes a
/// process-wide lock on every call to find the partition: with hundreds of calls arriving at
/// once, threads spun on that lock for half of a service's CPU.
/// </summary>
internal sealed class CallsInFlightLimiter(ConcurrencyLimiterOptions options, ConcurrencyLimiterOptions urgentOptions) : PartitionedRateLimiter<HttpContext>
{
    private readonly ConcurrencyLimiter _limiter = new(options);
    private readonly ConcurrencyLimiter _urgent = new(urgentOptions);

    /// <summary>Routine calls let in so far, straight away or after waiting.</summary>
    public long Admitted => _limiter.GetStatistics()?.TotalSuccessfulLeases ?? 0;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => LimiterFor(resource)?.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        LimiterFor(resource)?.AttemptAcquire(permitCount) ?? UncountedLease.Instance;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        LimiterFor(resource)?.AcquireAsync(permitCount, cancellationToken) ?? ValueTask.FromResult<RateLimitLease>(UncountedLease.Instance);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _limiter.Dispose();
            _urgent.Dispose();
        }
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _limiter.DisposeAsync();
        await _urgent.DisposeAsync();
    }

    private ConcurrencyLimiter? LimiterFor(HttpContext context) =>
        !IsCounted(context) ? null
        : context.Features.Get<UrgentCall>() is not null ? _urgent
        : _limiter;

    // Streams (a therapist's Subscribe lasts hours), health and reflection do not take a turn:
    // probes must see a busy service as alive.
    private static bool IsCounted(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc
        && grpc.Method.Type == MethodType.Unary
        && !OpenMethods.Contains(grpc.Method.FullName);
}
