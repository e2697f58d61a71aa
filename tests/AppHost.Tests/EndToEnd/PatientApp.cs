using System.Diagnostics;
using Google.Protobuf;
using PatientNotification = Telehealth.Contracts.Notification.V1.Notification;
using Telehealth.Testing;

namespace Telehealth.AppHost.Tests.EndToEnd;

/// <summary>
/// The Node.js patient app (clients/patient-app) run as a phone would run it: a child process
/// given the AppHost's apphost.json, the patient's token and nothing else. Its answers are proto3
/// JSON lines, read here with the C# messages' own parser.
/// </summary>
internal sealed class PatientApp(string apphostJson, string token)
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static string Directory { get; } = RepositoryFiles.PathOf("clients", "patient-app");

    /// <summary>A clear failure when node or the app's packages are missing.</summary>
    public static void RequireInstalled()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@grpc", "grpc-js")))
        {
            throw new InvalidOperationException($"The patient app is not installed: run 'npm ci' in {Directory} (scripts/test.sh does).");
        }
    }

    /// <summary>Runs one command to its end: its exit code, stdout and stderr.</summary>
    public async Task<AppRun> RunAsync(IReadOnlyList<string> arguments, string? traceParent = null, TimeSpan? timeout = null)
    {
        using var process = Start(arguments, traceParent);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"node app.js {string.Join(' ', arguments)} did not finish: {await stderr}");
        }
        return new AppRun(arguments, process.ExitCode, await stdout, await stderr);
    }

    /// <summary>`node app.js watch`, left running; its notifications are collected as they are printed.</summary>
    public Watch StartWatch() => new(Start(["watch"], traceParent: null));

    private Process Start(IReadOnlyList<string> arguments, string? traceParent)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("app.js");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var inherited in info.Environment.Keys.Where(k => k.StartsWith("TELEHEALTH_", StringComparison.Ordinal) || k is "TRACEPARENT" or "TRACESTATE").ToList())
        {
            info.Environment.Remove(inherited);
        }
        // apphost.json lies in the AppHost's state folder, so whatever of this is left running is
        // also found (and ended) by ProcessEnvironment.KillStartedFor when the AppHost goes.
        info.Environment["TELEHEALTH_APPHOST"] = apphostJson;
        info.Environment["TELEHEALTH_TOKEN"] = token;
        if (traceParent is not null)
        {
            info.Environment["TRACEPARENT"] = traceParent;
        }
        return Process.Start(info) ?? throw new InvalidOperationException("node did not start");
    }


    /// <summary>One finished run of the app.</summary>
    public sealed record AppRun(IReadOnlyList<string> Arguments, int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>The single JSON line the command printed, as <typeparamref name="T"/>; fails with what the app said otherwise.</summary>
        public T Message<T>()
            where T : IMessage<T>, new()
        {
            Assert.True(ExitCode == 0, $"node app.js {string.Join(' ', Arguments)} exited {ExitCode}: {Stderr}");
            var lines = Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length == 1, $"expected one JSON line from {Arguments[0]}, saw: {Stdout}");
            return Parser.Parse<T>(lines[0]);
        }
    }

    /// <summary>A running `watch`: every notification line it printed, in order, and its stderr.</summary>
    public sealed class Watch : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly List<PatientNotification> _received = [];
        private readonly List<string> _errors = [];
        private readonly Task _reading;

        internal Watch(Process process)
        {
            _process = process;
            _reading = Task.Run(ReadAsync);
            _process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_errors)
                    {
                        _errors.Add(e.Data);
                    }
                }
            };
            _process.BeginErrorReadLine();
        }

        public int ProcessId => _process.Id;

        public IReadOnlyList<PatientNotification> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public string Errors
        {
            get
            {
                lock (_errors)
                {
                    return string.Join('\n', _errors);
                }
            }
        }

        /// <summary>The first notification printed that matches, waiting for it as long as the process lives.</summary>
        public async Task<PatientNotification> WaitForAsync(Func<PatientNotification, bool> match, TimeSpan timeout, string what)
        {
            var until = DateTime.UtcNow + timeout;
            while (true)
            {
                if (Received.FirstOrDefault(match) is { } found)
                {
                    return found;
                }
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"watch exited ({_process.ExitCode}) before {what} arrived: {Errors}");
                }
                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"{what} did not reach the patient app within {timeout}; it printed: {string.Join(", ", Received.Select(n => $"{n.Cursor}:{n.Kind}"))}; stderr: {Errors}");
                }
                await Task.Delay(200);
            }
        }

        /// <summary>SIGTERM, as the phone's OS would end it; the exit code.</summary>
        public async Task<int> StopAsync()
        {
            if (!_process.HasExited)
            {
                using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])!;
                await kill.WaitForExitAsync();
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await _process.WaitForExitAsync(limit.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
            await _reading;
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await StopAsync();
            }
            finally
            {
                _process.Dispose();
            }
        }

        // Each line as soon as node flushes it: one notification in proto3 JSON.
        private async Task ReadAsync()
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                PatientNotification notification;
                try
                {
                    notification = Parser.Parse<PatientNotification>(line);
                }
                catch (Exception unreadable) when (unreadable is InvalidProtocolBufferException or InvalidJsonException)
                {
                    lock (_errors)
                    {
                        _errors.Add($"not a Notification in proto3 JSON ({unreadable.Message}): {line}");
                    }
                    continue;
                }
                lock (_received)
                {
                    _received.Add(notification);
                }
            }
        }
    }
}
