namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>
/// Spans grouped into traces, bounded by a total span count. Whole traces are evicted, oldest first,
/// so a trace on screen is never missing its middle.
/// </summary>
internal sealed class TraceStore(int maxSpans)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<TraceRecord>> _traces = new(StringComparer.Ordinal);
    private readonly LinkedList<TraceRecord> _oldestFirst = new();
    private int _spanCount;

    public int SpanCount
    {
        get
        {
            lock (_gate)
            {
                return _spanCount;
            }
        }
    }

    public void Add(IEnumerable<SpanRecord> spans)
    {
        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (!_traces.TryGetValue(span.TraceId, out var node))
                {
                    node = _oldestFirst.AddLast(new TraceRecord(span.TraceId));
                    _traces.Add(span.TraceId, node);
                }
                if (node.Value.Add(span))
                {
                    _spanCount++;
                }
            }
            while (_spanCount > maxSpans && _oldestFirst.First is { } oldest)
            {
                _oldestFirst.RemoveFirst();
                _traces.Remove(oldest.Value.TraceId);
                _spanCount -= oldest.Value.SpanCount;
            }
        }
    }

    /// <summary>The matching traces, newest first.</summary>
    public IReadOnlyList<TraceSummary> List(TraceQuery query)
    {
        lock (_gate)
        {
            return _oldestFirst
                .Where(query.Matches)
                .OrderByDescending(trace => trace.StartUnixNanos)
                .Take(query.Limit)
                .Select(TraceShape.Summarize)
                .ToList();
        }
    }

    public TraceDetail? Find(string traceId)
    {
        lock (_gate)
        {
            return _traces.TryGetValue(traceId, out var node) ? TraceShape.Detail(node.Value) : null;
        }
    }

    public IReadOnlyCollection<string> Resources()
    {
        lock (_gate)
        {
            return _oldestFirst.SelectMany(trace => trace.Spans).Select(span => span.Resource).ToHashSet();
        }
    }
}
