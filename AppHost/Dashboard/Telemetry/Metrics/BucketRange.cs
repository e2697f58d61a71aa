namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary><paramref name="Count"/> measurements somewhere in (<paramref name="Lower"/>, <paramref name="Upper"/>].</summary>
internal readonly record struct BucketRange(double Lower, double Upper, double Count);
