using System.Diagnostics;
using System.Text;

namespace Telehealth.Grpc.Interop.Tests.Peers;

/// <summary>A peer program this test started; killed (with its children) when disposed.</summary>
internal sealed class PeerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private PeerProcess(Process process) => _process = process;

    public static PeerProcess Start(string fileName, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var peer = new PeerProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (peer._stderr)
                {
                    peer._stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return peer;
    }

    public string Errors
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Reads stdout to the end and waits for the exit, within <paramref name="timeout"/>.</summary>
    public async Task<(int ExitCode, string Output)> RunToEndAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var output = await _process.StandardOutput.ReadToEndAsync(cancellation.Token);
        await _process.WaitForExitAsync(cancellation.Token);
        return (_process.ExitCode, output);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process.Dispose();
    }
}
