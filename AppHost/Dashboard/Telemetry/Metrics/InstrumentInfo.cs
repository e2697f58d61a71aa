namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

internal sealed record InstrumentInfo(string Name, string Unit, string Description, InstrumentKind Kind);
