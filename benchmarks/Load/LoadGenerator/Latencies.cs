using System.Collections.Concurrent;

namespace Telehealth.Benchmarks.Load;

/// <summary>Durations recorded from many threads; percentiles by nearest rank. Missing samples (lost alerts) count as infinitely late.</summary>
public sealed class Latencies
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private int _missing;

    public int Count => _milliseconds.Count;

    public int Missing => _missing;

    public void Add(TimeSpan duration) => _milliseconds.Add(duration.TotalMilliseconds);

    public void AddMilliseconds(double milliseconds) => _milliseconds.Add(milliseconds);

    public void AddMissing(int count = 1) => Interlocked.Add(ref _missing, count);

    /// <summary>The p-th percentile in ms, or +∞ when it falls among the missing samples, or NaN with no samples.</summary>
    public double Percentile(double p)
    {
        var values = _milliseconds.ToArray();
        var total = values.Length + _missing;
        if (total == 0)
        {
            return double.NaN;
        }
        Array.Sort(values);
        var rank = (int)Math.Ceiling(total * p / 100.0) - 1;
        rank = Math.Clamp(rank, 0, total - 1);
        return rank < values.Length ? values[rank] : double.PositiveInfinity;
    }

    public double Max() => _missing > 0 ? double.PositiveInfinity : _milliseconds.IsEmpty ? double.NaN : _milliseconds.Max();
}
