using Microsoft.Extensions.Hosting;
using Telehealth.AppHost.State;

namespace Telehealth.AppHost.Discovery;

/// <summary>
/// Once every service is healthy, writes apphost.json and prints where everything is; removes the
/// file when the AppHost stops, so its presence means a running system.
/// </summary>
internal sealed class DiscoveryFileWriter(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    IConfiguration configuration,
    StateFolder state) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var services = model.Resources.OfType<ProjectResource>().ToList();
        foreach (var service in services)
        {
            await notifications.WaitForResourceHealthyAsync(service.Name, stoppingToken);
        }
        var endpoints = services.ToDictionary(
            service => service.Name,
            service => service.GetEndpoints().ToDictionary(endpoint => endpoint.EndpointName, endpoint => endpoint.Url));
        var dashboard = configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        var token = configuration["AppHost:BrowserToken"];
        await new DiscoveryFile(dashboard, token, state.IdentityFile, endpoints).WriteAsync(state.DiscoveryFile, stoppingToken);

        Console.WriteLine($"Telehealth is up (state in {state.Path})");
        if (dashboard is not null)
        {
            Console.WriteLine($"  {"dashboard",-14} {dashboard}/login?t={token}");
        }
        foreach (var (service, named) in endpoints)
        {
            Console.WriteLine($"  {service,-14} grpc  {named.GetValueOrDefault("grpc")}");
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        File.Delete(state.DiscoveryFile);
        await base.StopAsync(cancellationToken);
    }
}
