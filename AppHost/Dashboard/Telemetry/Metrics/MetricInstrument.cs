namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>One resource's instrument and its streams, one per attribute set. Guarded by <see cref="MetricStore"/>.</summary>
internal sealed class MetricInstrument(string resource, InstrumentInfo info, MetricTemporality temporality)
{
    public string Resource { get; } = resource;

    public InstrumentInfo Info { get; set; } = info;

    public MetricTemporality Temporality { get; set; } = temporality;

    public Dictionary<string, MetricStream> Streams { get; } = new(StringComparer.Ordinal);
}
