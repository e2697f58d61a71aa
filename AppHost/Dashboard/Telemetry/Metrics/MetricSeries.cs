namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>An instrument over time, ready to chart.</summary>
internal sealed record MetricSeries(
    string Resource,
    string Instrument,
    string Unit,
    string Description,
    InstrumentKind Kind,
    int Streams,
    IReadOnlyList<MetricSeriesPoint> Points);
