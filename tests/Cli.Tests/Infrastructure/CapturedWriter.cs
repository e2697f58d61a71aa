using System.Text;

namespace Telehealth.Cli.Tests.Infrastructure;

/// <summary>A writer that tests can read while a command still writes to it (notifications watch).</summary>
internal sealed class CapturedWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _text.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    /// <summary>Waits until the text satisfies <paramref name="condition"/>; fails the test after the timeout.</summary>
    public async Task WaitUntilAsync(Func<string, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition(Text))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The output never got there:\n{Text}");
            }
            await Task.Delay(20);
        }
    }
}
