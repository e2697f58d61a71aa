using System.Diagnostics;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// How long a call refused by a busy service is told to wait: as long as the calls already in
/// flight and waiting take to go through at the pace calls were let in over the last second, and
/// never less than the configured hint nor more than the longest. A fixed short hint under
/// sustained overload sent every refused call back many times over (eleven refusals for each
/// report taken), and each refusal took the cores from the calls being served.
/// </summary>
internal sealed class RetryHint(TimeSpan least, TimeSpan most, int callsAhead)
{
    private static readonly long SampleEvery = Stopwatch.Frequency;

    private readonly Lock _sampling = new();
    private long _sampledAt;
    private long _admittedAtSample;
    private double _perSecond;

    /// <param name="admitted">Calls let in since the service started.</param>
    /// <param name="timestamp">Now, from <see cref="Stopwatch.GetTimestamp"/>.</param>
    public TimeSpan For(long admitted, long timestamp)
    {
        if (timestamp - Volatile.Read(ref _sampledAt) >= SampleEvery && _sampling.TryEnter())
        {
            try
            {
                Sample(admitted, timestamp);
            }
            finally
            {
                _sampling.Exit();
            }
        }
        var perSecond = Volatile.Read(ref _perSecond);
        if (perSecond <= 0)
        {
            return least;
        }
        var drain = TimeSpan.FromSeconds(callsAhead / perSecond);
        return drain < least ? least : drain > most ? most : drain;
    }

    private void Sample(long admitted, long timestamp)
    {
        var elapsed = timestamp - _sampledAt;
        if (elapsed < SampleEvery)
        {
            return;
        }
        // The first sample only sets the mark: there is no pace yet to go by.
        var perSecond = _sampledAt == 0 ? 0 : (admitted - _admittedAtSample) * (double)Stopwatch.Frequency / elapsed;
        // A second without refusals leaves no sample: an old pace is then as good as none.
        Volatile.Write(ref _perSecond, elapsed > 2 * SampleEvery ? 0 : perSecond);
        _admittedAtSample = admitted;
        Volatile.Write(ref _sampledAt, timestamp);
    }
}
