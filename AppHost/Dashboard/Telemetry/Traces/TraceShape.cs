namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>Turns a trace's spans into what the list and the waterfall show.</summary>
internal static class TraceShape
{
    public static TraceSummary Summarize(TraceRecord trace)
    {
        var spans = trace.Spans.ToList();
        var root = Roots(spans).OrderBy(span => span.StartUnixNanos).First();
        return new TraceSummary(
            trace.TraceId,
            root.Name,
            root.Resource,
            UnixTime.FromNanos(trace.StartUnixNanos),
            UnixTime.Milliseconds(trace.EndUnixNanos - trace.StartUnixNanos),
            spans.Count,
            Services(spans),
            spans.Any(span => span.Status == SpanStatus.Error));
    }

    public static TraceDetail Detail(TraceRecord trace)
    {
        var spans = trace.Spans.ToList();
        var children = spans
            .Where(span => span.ParentSpanId is not null)
            .ToLookup(span => span.ParentSpanId!, StringComparer.Ordinal);
        var ordered = new List<SpanView>(spans.Count);
        var visited = new HashSet<string>(StringComparer.Ordinal);

        // Depth-first, siblings by start time, so each parent sits directly above its children.
        void Visit(SpanRecord span, int depth)
        {
            if (!visited.Add(span.SpanId))
            {
                return;
            }
            ordered.Add(View(span, depth, trace.StartUnixNanos));
            foreach (var child in children[span.SpanId].OrderBy(child => child.StartUnixNanos))
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in Roots(spans).OrderBy(span => span.StartUnixNanos))
        {
            Visit(root, 0);
        }
        // A parent/child cycle (a broken exporter) leaves spans unvisited; show them rather than drop them.
        foreach (var span in spans.Where(span => !visited.Contains(span.SpanId)).OrderBy(span => span.StartUnixNanos))
        {
            Visit(span, 0);
        }

        return new TraceDetail(
            trace.TraceId,
            UnixTime.FromNanos(trace.StartUnixNanos),
            UnixTime.Milliseconds(trace.EndUnixNanos - trace.StartUnixNanos),
            spans.Count,
            Services(spans),
            ordered);
    }

    /// <summary>Spans without a parent, or whose parent has not arrived (or was never exported).</summary>
    private static IEnumerable<SpanRecord> Roots(IReadOnlyCollection<SpanRecord> spans)
    {
        var ids = spans.Select(span => span.SpanId).ToHashSet(StringComparer.Ordinal);
        var roots = spans.Where(span => span.ParentSpanId is null || !ids.Contains(span.ParentSpanId)).ToList();
        return roots.Count > 0 ? roots : spans;
    }

    /// <summary>Services in the order they joined the trace.</summary>
    private static IReadOnlyList<string> Services(IEnumerable<SpanRecord> spans) =>
        spans.OrderBy(span => span.StartUnixNanos).Select(span => span.Resource).Distinct().ToList();

    private static SpanView View(SpanRecord span, int depth, long traceStart) => new(
        span.SpanId,
        span.ParentSpanId,
        span.Name,
        span.Kind,
        span.Resource,
        span.Scope,
        UnixTime.FromNanos(span.StartUnixNanos),
        UnixTime.Milliseconds(span.StartUnixNanos - traceStart),
        UnixTime.Milliseconds(span.DurationNanos),
        depth,
        span.Status,
        span.StatusMessage,
        span.Attributes,
        span.Events.Select(e => new SpanEventView(e.Name, UnixTime.Milliseconds(e.TimeUnixNanos - traceStart), e.Attributes)).ToList());
}
