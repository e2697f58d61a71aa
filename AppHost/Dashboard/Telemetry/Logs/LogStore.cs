namespace Telehealth.AppHost.Dashboard.Telemetry.Logs;

/// <summary>The newest structured log records, at most <c>maxLogs</c> of them.</summary>
internal sealed class LogStore(int maxLogs)
{
    private readonly Lock _gate = new();
    private readonly Queue<LogEntry> _oldestFirst = new();
    private long _lastSequence;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _oldestFirst.Count;
            }
        }
    }

    public void Add(IEnumerable<LogEntry> entries)
    {
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                _oldestFirst.Enqueue(entry with { Sequence = ++_lastSequence });
                if (_oldestFirst.Count > maxLogs)
                {
                    _oldestFirst.Dequeue();
                }
            }
        }
    }

    /// <summary>Matching records, newest first.</summary>
    public IReadOnlyList<LogEntry> Find(LogQuery query)
    {
        lock (_gate)
        {
            return _oldestFirst.Reverse().Where(query.Matches).Take(query.Limit).ToList();
        }
    }

    public IReadOnlyCollection<string> Resources()
    {
        lock (_gate)
        {
            return _oldestFirst.Select(entry => entry.Resource).ToHashSet();
        }
    }
}
