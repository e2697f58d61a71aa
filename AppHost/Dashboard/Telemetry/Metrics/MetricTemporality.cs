namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

internal enum MetricTemporality
{
    /// <summary>Each point holds everything since the stream's start time (.NET's default).</summary>
    Cumulative,

    /// <summary>Each point holds only what happened since the previous report.</summary>
    Delta,
}
