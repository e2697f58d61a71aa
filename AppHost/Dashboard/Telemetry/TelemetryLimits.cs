namespace Telehealth.AppHost.Dashboard.Telemetry;

/// <summary>How much telemetry the dashboard keeps in memory; past a limit the oldest goes first.</summary>
public sealed record TelemetryLimits
{
    public int MaxSpans { get; init; } = 10_000;

    public int MaxLogs { get; init; } = 10_000;

    /// <summary>Points kept per metric stream (one instrument, one attribute set): an hour at a 5 s export interval.</summary>
    public int MaxPointsPerStream { get; init; } = 720;

    /// <summary>Metric streams kept across all resources; the one updated longest ago goes first.</summary>
    public int MaxStreams { get; init; } = 2_000;

    /// <summary>Longer attribute values and messages are cut, so one noisy item cannot fill the window.</summary>
    public int MaxValueLength { get; init; } = 4_096;
}
