namespace Telehealth.Testing.Hosting;

/// <summary>One OTLP export request as it arrived: its signal (traces, metrics, logs) and its content as JSON.</summary>
public sealed record CapturedExport(string Signal, string Json);
