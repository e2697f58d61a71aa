namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>The points of one instrument with one attribute set, oldest first. Guarded by <see cref="MetricStore"/>.</summary>
internal sealed class MetricStream(IReadOnlyList<TelemetryAttribute> attributes)
{
    private readonly Queue<MetricPoint> _points = new();
    private long _newestTime = long.MinValue;

    public IReadOnlyList<TelemetryAttribute> Attributes { get; } = attributes;

    /// <summary>The store's update counter when a point last arrived: the least recent stream is evicted first.</summary>
    public long LastUpdate { get; private set; }

    public IReadOnlyList<MetricPoint> Points => _points.ToList();

    public void Add(MetricPoint point, int maxPoints, long update)
    {
        LastUpdate = update;
        // An exporter's retry can repeat a point; points older than the newest are late and skipped.
        if (point.TimeUnixNanos <= _newestTime)
        {
            return;
        }
        _newestTime = point.TimeUnixNanos;
        _points.Enqueue(point);
        while (_points.Count > maxPoints)
        {
            _points.Dequeue();
        }
    }
}
