using Microsoft.Extensions.Hosting;
using Telehealth.AppHost.State;

namespace Telehealth.AppHost.Discovery;

/// <summary>
/// Once every service and the therapist's console are healthy, writes apphost.json and prints
/// where everything is; removes the file when the AppHost stops, so its presence means a running system.
/// </summary>
internal sealed class DiscoveryFileWriter(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    IConfiguration configuration,
    StateFolder state) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var projects = model.Resources.OfType<ProjectResource>().ToList();
        foreach (var project in projects)
        {
            await notifications.WaitForResourceHealthyAsync(project.Name, stoppingToken);
        }
        // The services answer gRPC; the console is a web app for people.
        var services = projects.Where(project => project.GetEndpoints().Any(endpoint => endpoint.EndpointName == "grpc"));
        var endpoints = services.ToDictionary(
            service => service.Name,
            service => service.GetEndpoints().ToDictionary(endpoint => endpoint.EndpointName, endpoint => endpoint.Url));
        var console = projects.FirstOrDefault(project => project.Name == "console")?.GetEndpoint("http").Url;
        var dashboard = configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        var token = configuration["AppHost:BrowserToken"];
        await new DiscoveryFile(dashboard, token, state.IdentityFile, endpoints, console).WriteAsync(state.DiscoveryFile, stoppingToken);

        Console.WriteLine($"Telehealth is up (state in {state.Path})");
        if (dashboard is not null)
        {
            Console.WriteLine($"  {"dashboard",-14} {dashboard}/login?t={token}");
        }
        if (console is not null)
        {
            Console.WriteLine($"  {"console",-14} {console}  (the therapist's console)");
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
