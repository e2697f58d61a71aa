namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>
/// Filters of the traces list. Health probes and outbox polls make many one-span traces; <see cref="MinSpans"/>
/// and <see cref="Text"/> find the request an operator is after among them.
/// </summary>
internal sealed record TraceQuery(string? Resource = null, string? Text = null, int MinSpans = 1, int Limit = 200)
{
    public bool Matches(TraceRecord trace) =>
        trace.SpanCount >= MinSpans
        && (string.IsNullOrEmpty(Resource) || trace.Involves(Resource))
        && (string.IsNullOrEmpty(Text) || trace.Spans.Any(Mentions));

    private bool Mentions(SpanRecord span) =>
        span.Name.Contains(Text!, StringComparison.OrdinalIgnoreCase)
        || span.Attributes.Any(attribute => attribute.Value.Contains(Text!, StringComparison.OrdinalIgnoreCase));
}
