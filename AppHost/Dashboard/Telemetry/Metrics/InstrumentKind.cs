namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>How an instrument's points are charted: counters as a rate, gauges as values, histograms as percentiles.</summary>
internal enum InstrumentKind
{
    /// <summary>A monotonic sum: requests handled, events published.</summary>
    Counter,

    /// <summary>A sum that also goes down: connections open, messages in flight.</summary>
    UpDownCounter,

    Gauge,

    Histogram,
}
