using System.Net;
using Telehealth.AppHost.Dashboard;
using Telehealth.AppHost.Dashboard.Resources;
using Telehealth.AppHost.Model;

namespace Telehealth.AppHost.Orchestration;

/// <summary>The dashboard as the AppHost runs it: started before the services, so they can send it telemetry.</summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly DashboardHandle _handle;

    private DashboardHost(DashboardHandle handle) => _handle = handle;

    public string Url => _handle.Url;

    public string LoginUrl => _handle.LoginUrl;

    public static async Task<DashboardHost> StartAsync(DistributedApplicationBuilder builder, IResourceCatalog catalog, string token, CancellationToken cancellationToken)
    {
        var options = new DashboardOptions
        {
            Port = builder.Options.DashboardPort,
            BindAddress = IPAddress.Parse(builder.Options.DashboardBind),
            LoginToken = token,
        };
        var handle = await DashboardServer.StartAsync(options, catalog, cancellationToken);
        builder.OtlpEndpoint = handle.OtlpEndpoint;
        return new DashboardHost(handle);
    }

    public ValueTask DisposeAsync() => _handle.DisposeAsync();
}
