using System.Threading.RateLimiting;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>The lease of a call that does not count toward the calls in flight: always granted, nothing to give back.</summary>
internal sealed class UncountedLease : RateLimitLease
{
    public static UncountedLease Instance { get; } = new();

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
