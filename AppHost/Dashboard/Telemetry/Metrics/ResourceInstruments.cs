namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>The instruments one resource has reported, for the metrics page's pickers.</summary>
internal sealed record ResourceInstruments(string Resource, IReadOnlyList<InstrumentInfo> Instruments);
