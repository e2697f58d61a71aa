using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telehealth.Grpc.Interop;
using Telehealth.Grpc.Server;

namespace Telehealth.Grpc.Testing;

/// <summary>
/// A server configured the way a service is, through Kestrel's configuration keys only: a "grpc"
/// endpoint serving https from PEM files, and an HTTP/1.1 "http" endpoint, both on free loopback ports.
/// Serves the interop TestService, health and reflection unless told otherwise.
/// </summary>
public sealed class TlsTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TemporaryDirectory _files;

    private TlsTestServer(WebApplication app, TemporaryDirectory files, Uri address, Uri httpAddress)
    {
        _app = app;
        _files = files;
        Address = address;
        HttpAddress = httpAddress;
    }

    /// <summary>The gRPC endpoint, https://127.0.0.1:port.</summary>
    public Uri Address { get; }

    /// <summary>The plain HTTP/1.1 endpoint.</summary>
    public Uri HttpAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="certificate">The server's certificate and key, written to PEM files the configuration names.</param>
    /// <param name="protocols">Kestrel's Protocols for the gRPC endpoint: Http2 (ALPN must pick h2) or Http1AndHttp2.</param>
    public static async Task<TlsTestServer> StartAsync(
        PemCertificate certificate,
        string protocols = "Http2",
        Action<IServiceCollection>? configureServices = null,
        Action<WebApplication>? map = null)
    {
        var files = new TemporaryDirectory();
        WebApplication? app = null;
        try
        {
            var configuration = new Dictionary<string, string>
            {
                ["Kestrel:Endpoints:grpc:Url"] = "https://127.0.0.1:0",
                ["Kestrel:Endpoints:grpc:Protocols"] = protocols,
                ["Kestrel:Endpoints:grpc:Certificate:Path"] = files.Write("server.pem", certificate.CertificatePem),
                ["Kestrel:Endpoints:grpc:Certificate:KeyPath"] = files.Write("server.key", certificate.PrivateKeyPem),
                ["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0",
                ["Kestrel:Endpoints:http:Protocols"] = "Http1",
            };
            // Command-line arguments take the same path through configuration as a service's environment variables.
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = [.. configuration.Select(setting => $"--{setting.Key}={setting.Value}")],
                ContentRootPath = files.Path,
            });
            builder.Logging.ClearProviders();
            builder.Services.AddGrpcServer();
            configureServices?.Invoke(builder.Services);
            app = builder.Build();
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
            // Kestrel lists the ports it bound, in place of the 0s it was given.
            var bound = app.Urls;
            return new TlsTestServer(
                app,
                files,
                new Uri(bound.Single(address => address.StartsWith("https://", StringComparison.Ordinal))),
                new Uri(bound.Single(address => address.StartsWith("http://", StringComparison.Ordinal))));
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
            files.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _files.Dispose();
        }
    }
}
