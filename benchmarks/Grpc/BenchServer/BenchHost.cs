using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Telehealth.Benchmarks.Grpc.Testing;

namespace Telehealth.Benchmarks.Grpc;

/// <summary>Kestrel on 127.0.0.1, a free port, HTTP/2 only without TLS (h2c), no logging.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app, IPEndPoint endPoint)
    {
        _app = app;
        EndPoint = endPoint;
    }

    public IPEndPoint EndPoint { get; }

    public static async Task<BenchHost> StartAsync(BenchMode mode)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        ListenOptions? endpoint = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => (endpoint = listen).Protocols = HttpProtocols.Http2));
        if (mode == BenchMode.GrpcDotnet)
        {
            builder.Services.AddGrpc();
        }

        var app = builder.Build();
        if (mode == BenchMode.GrpcDotnet)
        {
            // One instance, bound by the generated BindService: no DI scope is made per call, as
            // the bare endpoint makes none, so the two differ by gRPC's own work alone.
            app.MapGrpcService(TestService.BindService(new UnaryCallService()));
        }
        else
        {
            app.MapPost(BareUnaryCall.Path, BareUnaryCall.HandleAsync);
        }

        await app.StartAsync().ConfigureAwait(false);
        // Kestrel writes the port it bound back into the endpoint's options.
        return new BenchHost(app, endpoint!.IPEndPoint!);
    }

    /// <summary>Returns once the host is told to stop (SIGTERM, SIGINT).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
