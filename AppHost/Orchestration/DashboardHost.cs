using Telehealth.AppHost.Dashboard.Resources;
using Telehealth.AppHost.Model;

namespace Telehealth.AppHost.Orchestration;

/// <summary>The dashboard as the AppHost runs it: started before the services, so they can send it telemetry.</summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private DashboardHost(string url, string loginUrl)
    {
        Url = url;
        LoginUrl = loginUrl;
    }

    public string Url { get; }

    public string LoginUrl { get; }

    public static Task<DashboardHost> StartAsync(DistributedApplicationBuilder builder, IResourceCatalog catalog, string token, CancellationToken cancellationToken)
    {
        var url = $"http://{builder.Options.DashboardBind}:{builder.Options.DashboardPort}";
        builder.OtlpEndpoint = url;
        return Task.FromResult(new DashboardHost(url, $"{url}/login?t={token}"));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
