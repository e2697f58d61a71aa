namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>The spans of one trace received so far. Not thread-safe: <see cref="TraceStore"/> guards it.</summary>
internal sealed class TraceRecord(string traceId)
{
    private readonly Dictionary<string, SpanRecord> _spans = new(StringComparer.Ordinal);

    public string TraceId { get; } = traceId;

    public int SpanCount => _spans.Count;

    public IEnumerable<SpanRecord> Spans => _spans.Values;

    public long StartUnixNanos { get; private set; } = long.MaxValue;

    public long EndUnixNanos { get; private set; } = long.MinValue;

    /// <summary>Adds or replaces a span (an exporter may send the same span twice on retry); returns whether it is new.</summary>
    public bool Add(SpanRecord span)
    {
        var added = _spans.TryAdd(span.SpanId, span);
        if (!added)
        {
            _spans[span.SpanId] = span;
        }
        StartUnixNanos = Math.Min(StartUnixNanos, span.StartUnixNanos);
        EndUnixNanos = Math.Max(EndUnixNanos, span.EndUnixNanos);
        return added;
    }

    public bool Involves(string resource) => _spans.Values.Any(span => span.Resource == resource);
}
