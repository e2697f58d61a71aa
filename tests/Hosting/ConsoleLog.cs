namespace Telehealth.Testing.Hosting;

/// <summary>The last lines a process wrote, kept in a bounded ring; readers can follow new lines.</summary>
public sealed class ConsoleLog(int capacity = 5000)
{
    private readonly LinkedList<ConsoleLine> _lines = new();
    private long _next;

    public event Action<ConsoleLine>? LineWritten;

    public void Write(string text, bool isError = false)
    {
        ConsoleLine line;
        lock (_lines)
        {
            line = new ConsoleLine(_next++, DateTimeOffset.UtcNow, text, isError);
            _lines.AddLast(line);
            if (_lines.Count > capacity)
            {
                _lines.RemoveFirst();
            }
        }
        LineWritten?.Invoke(line);
    }

    /// <summary>Lines after <paramref name="afterSequence"/> (all with -1), optionally only those containing <paramref name="search"/>.</summary>
    public IReadOnlyList<ConsoleLine> Read(long afterSequence = -1, string? search = null)
    {
        lock (_lines)
        {
            return _lines
                .Where(l => l.Sequence > afterSequence)
                .Where(l => string.IsNullOrEmpty(search) || l.Text.Contains(search, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
    }
}
