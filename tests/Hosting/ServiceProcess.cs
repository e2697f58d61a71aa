using System.Diagnostics;

namespace Telehealth.Testing.Hosting;

/// <summary>
/// One service running as its own process (dotnet Telehealth.X.dll) with the environment
/// contract: free loopback ports for its gRPC (h2c, or TLS when given a certificate) and
/// HTTP/1.1 endpoints, connection strings and peer endpoints. Console output is captured;
/// disposing stops it (SIGTERM, then a kill).
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    // Enough for an unhandled exception's message and the top of its stack.
    private const int TailLines = 40;
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Process _process;

    private ServiceProcess(string name, Process process, int grpcPort, int httpPort, ConsoleLog log, bool grpcOverTls)
    {
        Name = name;
        _process = process;
        GrpcPort = grpcPort;
        HttpPort = httpPort;
        Log = log;
        GrpcOverTls = grpcOverTls;
    }

    public string Name { get; }

    public int GrpcPort { get; }

    public int HttpPort { get; }

    /// <summary>True when the gRPC endpoint serves TLS rather than h2c.</summary>
    public bool GrpcOverTls { get; }

    /// <summary>http://127.0.0.1:port, or https:// over TLS.</summary>
    public Uri GrpcAddress => new($"{(GrpcOverTls ? "https" : "http")}://127.0.0.1:{GrpcPort}");

    public Uri HttpAddress => new($"http://127.0.0.1:{HttpPort}");

    public ConsoleLog Log { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public Task Exited => _process.WaitForExitAsync();

    /// <summary>
    /// Starts <paramref name="assembly"/> with the contract's variables plus <paramref name="environment"/>;
    /// with <paramref name="tls"/> its gRPC endpoint serves TLS with that certificate instead of h2c.
    /// </summary>
    public static ServiceProcess Start(string name, string assembly, IReadOnlyDictionary<string, string> environment, ConsoleLog? log = null, int? grpcPort = null, int? httpPort = null, ServiceTls? tls = null)
    {
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"{name}: {assembly} is not built.", assembly);
        }
        var grpc = grpcPort ?? FreePorts.Next();
        var http = httpPort ?? FreePorts.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        info.ArgumentList.Add(assembly);
        info.Environment["Kestrel__Endpoints__grpc__Url"] = $"{(tls is null ? "http" : "https")}://127.0.0.1:{grpc}";
        info.Environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        if (tls is not null)
        {
            info.Environment["Kestrel__Endpoints__grpc__Certificate__Path"] = tls.CertificatePath;
            info.Environment["Kestrel__Endpoints__grpc__Certificate__KeyPath"] = tls.KeyPath;
        }
        info.Environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{http}";
        info.Environment["Kestrel__Endpoints__http__Protocols"] = "Http1";
        info.Environment["OTEL_SERVICE_NAME"] = name;
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        log ??= new ConsoleLog();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        var capture = log;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                capture.Write(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                capture.Write(e.Data, isError: true);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(name, process, grpc, http, log, grpcOverTls: tls is not null);
    }

    /// <summary>True when /health answers 200 (database and broker ready).</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(HttpAddress, "/health"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {ExitCode} while starting:\n{OutputTail()}");
            }
            if (await IsHealthyAsync(cancellationToken))
            {
                return;
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"{Name} was not healthy within {timeout.TotalSeconds} s:\n{OutputTail()}");
    }

    /// <summary>kill -9: no chance to finish anything, as in a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }
        Signals.Terminate(_process.Id);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    /// <summary>The last lines it wrote to stdout and stderr, interleaved as they came, for a failure message.</summary>
    public string OutputTail(int lines = TailLines) => string.Join('\n', Log.Read().TakeLast(lines).Select(l => l.Text));
}
