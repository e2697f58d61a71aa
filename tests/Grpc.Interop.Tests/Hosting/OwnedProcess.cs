using System.Diagnostics;

namespace Telehealth.Grpc.Interop.Tests.Hosting;

/// <summary>
/// A background process the tests started, with the last lines it wrote kept for failure messages.
/// Disposing sends SIGTERM, and kills it with its children if it has not exited within the grace.
/// </summary>
internal sealed class OwnedProcess : IAsyncDisposable
{
    private const int KeptLines = 40;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private OwnedProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static OwnedProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var owned = new OwnedProcess(process);
        process.OutputDataReceived += (_, e) => owned.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => owned.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return owned;
    }

    /// <summary>The last lines of stdout and stderr, interleaved as they came.</summary>
    public string OutputTail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signals.Terminate(_process.Id);
            using var grace = new CancellationTokenSource(StopGrace);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > KeptLines)
            {
                _tail.Dequeue();
            }
        }
    }
}
