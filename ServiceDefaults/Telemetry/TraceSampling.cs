using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Telehealth.ServiceDefaults.Telemetry;

/// <summary>
/// Which traces reach the exporter: a share of them (<see cref="RatioSetting"/>, all unless set),
/// and every trace that raises an alert for a therapist, whatever the share.
/// </summary>
public static class TraceSampling
{
    /// <summary>The share of traces exported, from 0 to 1 (Telemetry__TraceSampleRatio); 1 when unset.</summary>
    public const string RatioSetting = "Telemetry:TraceSampleRatio";

    public static KeepableTraceSampler From(IConfiguration configuration)
    {
        var text = configuration[RatioSetting];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new KeepableTraceSampler(1);
        }
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ratio) || ratio is < 0 or > 1)
        {
            throw new InvalidOperationException($"{RatioSetting} must be a number from 0 to 1, such as 0.1; it is '{text}'.");
        }
        return new KeepableTraceSampler(ratio);
    }

    /// <summary>
    /// Exports the trace <paramref name="span"/> belongs to from here on: the span, the spans around
    /// it in this process, those started after, and (through the sampled flag of the traceparent
    /// that events carry) the spans of the services downstream. Spans that already ended unexported
    /// stay unexported. Call it before publishing the events whose trace must be kept.
    /// </summary>
    public static void Keep(Activity? span)
    {
        for (var current = span; current is not null; current = current.Parent)
        {
            current.ActivityTraceFlags |= ActivityTraceFlags.Recorded;
        }
    }

    /// <summary>
    /// The W3C traceparent of <paramref name="span"/> with its sampled flag as it is now.
    /// <see cref="Activity.Id"/> is fixed the first time it is read, so it would miss a later <see cref="Keep"/>.
    /// </summary>
    public static string? TraceParentOf(Activity? span) =>
        span is null || span.IdFormat != ActivityIdFormat.W3C
            ? span?.Id
            : $"00-{span.TraceId.ToHexString()}-{span.SpanId.ToHexString()}-{(byte)span.ActivityTraceFlags:x2}";

    /// <summary>Whether a W3C traceparent says its trace is sampled (the lowest bit of its flags).</summary>
    public static bool IsSampled(string? traceParent) =>
        traceParent is { Length: >= 2 }
        && byte.TryParse(traceParent.AsSpan(traceParent.Length - 2), System.Globalization.NumberStyles.HexNumber, null, out var flags)
        && (flags & (byte)ActivityTraceFlags.Recorded) != 0;
}
