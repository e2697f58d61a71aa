using System.Diagnostics;

namespace Telehealth.Grpc.Interop.Tests.Hosting;

/// <summary>
/// One telehealth service as its own process (dotnet Telehealth.X.dll), configured the way the
/// AppHost configures it: a gRPC endpoint (HTTP/2 only, h2c or TLS) and an HTTP/1.1 endpoint for
/// /health, each on a free loopback port, plus its database, the broker and the token keys.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };

    private readonly OwnedProcess _process;
    private readonly int _httpPort;

    private ServiceProcess(string name, OwnedProcess process, int grpcPort, int httpPort)
    {
        Name = name;
        _process = process;
        GrpcPort = grpcPort;
        _httpPort = httpPort;
    }

    public string Name { get; }

    public int GrpcPort { get; }

    /// <summary>host:port, as the peers take it.</summary>
    public string GrpcTarget => $"127.0.0.1:{GrpcPort}";

    /// <summary>Starts src/<paramref name="name"/>; <paramref name="settings"/> are its environment beyond the endpoints.</summary>
    public static ServiceProcess Start(string name, IReadOnlyDictionary<string, string> settings, ServiceTls? tls)
    {
        var assembly = RepositoryPaths.ServiceAssembly(name);
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"{name} is not built: {assembly} is missing.", assembly);
        }
        var grpcPort = FreePort.Next();
        var httpPort = FreePort.Next();
        var environment = new Dictionary<string, string>(settings)
        {
            ["Kestrel__Endpoints__grpc__Url"] = $"{(tls is null ? "http" : "https")}://127.0.0.1:{grpcPort}",
            ["Kestrel__Endpoints__grpc__Protocols"] = "Http2",
            ["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{httpPort}",
            ["Kestrel__Endpoints__http__Protocols"] = "Http1",
            ["OTEL_SERVICE_NAME"] = name.ToLowerInvariant(),
            // The service stops by itself should this test process die without disposing it.
            ["TELEHEALTH_PARENT_PID"] = Environment.ProcessId.ToString(),
        };
        if (tls is not null)
        {
            environment["Kestrel__Endpoints__grpc__Certificate__Path"] = tls.CertificatePath;
            environment["Kestrel__Endpoints__grpc__Certificate__KeyPath"] = tls.KeyPath;
        }
        var process = OwnedProcess.Start("dotnet", [assembly], environment, Path.GetDirectoryName(assembly));
        return new ServiceProcess(name, process, grpcPort, httpPort);
    }

    /// <summary>Waits for /health to answer 200: the database migrated and the broker connected.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!await IsHealthyAsync())
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting:\n{_process.OutputTail()}");
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{Name}'s /health on 127.0.0.1:{_httpPort} did not answer 200 within {timeout.TotalSeconds} s:\n{_process.OutputTail()}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>What the service last wrote, for a failure message.</summary>
    public string OutputTail() => _process.OutputTail();

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private async Task<bool> IsHealthyAsync()
    {
        try
        {
            using var response = await Http.GetAsync($"http://127.0.0.1:{_httpPort}/health");
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
