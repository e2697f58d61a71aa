using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Telehealth.Cli.Tests.Fakes;

/// <summary>
/// The dashboard's GET /api/resources on 127.0.0.1 with a free port: the real one's JSON shape, 401 without
/// the right bearer token.
/// </summary>
internal sealed class FakeDashboard : IAsyncDisposable
{
    public const string ResourcesJson = """
        [
          {"name":"messaging","kind":"rabbitmq","state":"running","health":"healthy","endpoints":[{"name":"amqp","url":"amqp://127.0.0.1:41105"}],"startedAt":"2026-11-21T06:00:00+00:00","restarts":0,"processId":4242},
          {"name":"prescription","kind":"project","state":"running","health":"healthy","endpoints":[{"name":"grpc","url":"http://127.0.0.1:44525"}],"startedAt":"2026-11-21T06:00:05+00:00","restarts":2,"processId":4343},
          {"name":"progress","kind":"project","state":"failed-to-start","health":"unhealthy","endpoints":[],"restarts":5,"exitCode":1}
        ]
        """;

    private readonly WebApplication _app;

    private FakeDashboard(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<FakeDashboard> StartAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/api/resources", (HttpContext context) =>
            context.Request.Headers.Authorization.ToString() == $"Bearer {token}"
                ? Results.Content(ResourcesJson, "application/json")
                : Results.Json(new { error = "log in with the dashboard's token" }, statusCode: StatusCodes.Status401Unauthorized));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeDashboard(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
