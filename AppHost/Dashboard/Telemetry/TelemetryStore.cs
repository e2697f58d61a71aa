using Telehealth.AppHost.Dashboard.Telemetry.Logs;
using Telehealth.AppHost.Dashboard.Telemetry.Metrics;
using Telehealth.AppHost.Dashboard.Telemetry.Traces;

namespace Telehealth.AppHost.Dashboard.Telemetry;

/// <summary>The bounded in-memory window of everything received over OTLP. Each part is thread-safe on its own.</summary>
internal sealed class TelemetryStore(TelemetryLimits limits)
{
    public TelemetryLimits Limits { get; } = limits;

    public TraceStore Traces { get; } = new(limits.MaxSpans);

    public LogStore Logs { get; } = new(limits.MaxLogs);

    public MetricStore Metrics { get; } = new(limits.MaxPointsPerStream, limits.MaxStreams);

    /// <summary>Every service.name seen in any signal, for the pages' resource pickers.</summary>
    public IReadOnlyList<string> Resources() =>
        Traces.Resources().Concat(Logs.Resources()).Concat(Metrics.Resources())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
