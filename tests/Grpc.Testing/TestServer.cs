using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telehealth.Grpc.Interop;
using Telehealth.Grpc.Server;

namespace Telehealth.Grpc.Testing;

/// <summary>
/// A Kestrel server on 127.0.0.1 with free ports: an HTTP/2-only (h2c) endpoint for gRPC and an
/// HTTP/1.1 one, serving the interop TestService, health and reflection unless told otherwise.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri address, Uri http1Address)
    {
        _app = app;
        Address = address;
        Http1Address = http1Address;
    }

    /// <summary>The h2c endpoint, http://127.0.0.1:port.</summary>
    public Uri Address { get; }

    /// <summary>The HTTP/1.1 endpoint, for checking what HTTP/1.1 callers get.</summary>
    public Uri Http1Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestServer> StartAsync(
        Action<GrpcServerOptions>? configureGrpc = null,
        Action<IServiceCollection>? configureServices = null,
        Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        ListenOptions? grpcEndpoint = null;
        ListenOptions? http1Endpoint = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => (grpcEndpoint = listen).Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, 0, listen => (http1Endpoint = listen).Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpcServer(configureGrpc);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        if (map is null)
        {
            app.MapGrpcService<TestService>(TestReflection.Descriptor.Services[0]);
            app.MapGrpcHealthService();
            app.MapGrpcReflectionService();
        }
        else
        {
            map(app);
        }
        await app.StartAsync().ConfigureAwait(false);
        // Kestrel writes the ports it bound back into the endpoints' options.
        return new TestServer(app, new Uri($"http://{grpcEndpoint!.IPEndPoint}"), new Uri($"http://{http1Endpoint!.IPEndPoint}"));
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
