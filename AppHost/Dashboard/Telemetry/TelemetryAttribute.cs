namespace Telehealth.AppHost.Dashboard.Telemetry;

/// <summary>One attribute as the dashboard shows it: values are already rendered as text.</summary>
internal sealed record TelemetryAttribute(string Key, string Value);
