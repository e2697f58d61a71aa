using System.Diagnostics;

namespace Telehealth.Benchmarks.Load;

/// <summary>Progress lines, stamped with the seconds since the generator started.</summary>
public sealed class Output
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();

    public void Line(string text)
    {
        lock (_lock)
        {
            Console.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:F1}s] {text}");
        }
    }

    /// <summary>Prints <paramref name="text"/>() every <paramref name="interval"/> until disposed.</summary>
    public IDisposable Every(TimeSpan interval, Func<string> text) =>
        new Timer(_ => Line(text()), null, interval, interval);
}
