using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telehealth.AppHost.Dashboard.Api;
using Telehealth.AppHost.Dashboard.Auth;
using Telehealth.AppHost.Dashboard.Hosting;
using Telehealth.AppHost.Dashboard.Otlp;
using Telehealth.AppHost.Dashboard.Resources;
using Telehealth.AppHost.Dashboard.Telemetry;

namespace Telehealth.AppHost.Dashboard;

/// <summary>
/// Starts the operator dashboard on its own Kestrel server: the pages, the JSON APIs behind the login token,
/// and the OTLP/HTTP receiver the services export to.
/// </summary>
public static class DashboardServer
{
    public static async Task<DashboardHandle> StartAsync(
        DashboardOptions options,
        IResourceCatalog catalog,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        var token = string.IsNullOrWhiteSpace(options.LoginToken) ? DashboardCredentials.NewToken() : options.LoginToken;

        var app = Build(options, catalog, token);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var port = BoundPort(app);
        return new DashboardHandle(app, $"http://{HostFor(options.BindAddress)}:{port}", port, token);
    }

    private static WebApplication Build(DashboardOptions options, IResourceCatalog catalog, string token)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        // The AppHost's own environment (ASPNETCORE_URLS, Kestrel__*, Logging__*) is not the dashboard's to obey.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.BindAddress, options.Port, listen => listen.Protocols = HttpProtocols.Http1);
        });

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(new TelemetryStore(options.Telemetry));
        builder.Services.AddSingleton(new DashboardCredentials(token));
        builder.Services.AddSingleton<EmbeddedAssets>();
        builder.Services.AddSingleton<ResourceActions>();
        builder.Services
            .AddAuthentication(DashboardAuthentication.Scheme)
            .AddScheme<AuthenticationSchemeOptions, DashboardAuthenticationHandler>(DashboardAuthentication.Scheme, configureOptions: null);
        // Everything needs a login unless an endpoint says otherwise (OTLP, the login page, static assets).
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(DashboardAuthentication.Scheme).RequireAuthenticatedUser().Build());

        var app = builder.Build();
        app.UseLoopbackHostFilter(options.BindAddress);
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOtlpHttp();
        app.MapLogin();
        app.MapPages();
        var api = app.MapGroup(DashboardAuthentication.ApiPrefix);
        api.MapResourceApi();
        api.MapTelemetryApi();
        return app;
    }

    private static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First()).Port;
    }

    /// <summary>The host name a local browser should use: a wildcard binding is reached through loopback.</summary>
    private static string HostFor(IPAddress address)
    {
        if (address.Equals(IPAddress.Any))
        {
            return "127.0.0.1";
        }
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "[::1]";
        }
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
    }
}
