using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Telehealth.AppHost.Orchestration;

namespace Telehealth.AppHost.Model;

/// <summary>Runs the model: builds the services, starts the dashboard and the resources, and stops everything on Ctrl+C or SIGTERM.</summary>
public sealed class DistributedApplication(DistributedApplicationBuilder builder)
{
    public async Task<int> RunAsync()
    {
        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });

        PrepareState();
        if (builder.Options.Build)
        {
            await ProjectBuild.BuildAsync(builder.Resources.OfType<ProjectResource>(), stop.Token);
        }
        await using var orchestrator = new Orchestrator(builder.Resources);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await using var dashboard = await DashboardHost.StartAsync(builder, new ResourceCatalog(orchestrator), token, stop.Token);
        try
        {
            await orchestrator.StartAllAsync(stop.Token);
            DiscoveryFile.Write(builder, dashboard.Url, token);
            Print(dashboard);
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        Console.WriteLine("stopping");
        await orchestrator.StopAllAsync(CancellationToken.None);
        DiscoveryFile.Remove(builder);
        Console.WriteLine("stopped");
        return 0;
    }

    private void PrepareState()
    {
        if (!builder.Options.KeepData && Directory.Exists(builder.StateDirectory))
        {
            Directory.Delete(builder.StateDirectory, recursive: true);
        }
        Directory.CreateDirectory(builder.StateDirectory);
        builder.Identity.Save(builder.IdentityFile);
    }

    private void Print(DashboardHost dashboard)
    {
        Console.WriteLine();
        Console.WriteLine($"Dashboard: {dashboard.LoginUrl}");
        foreach (var resource in builder.Resources)
        {
            foreach (var endpoint in resource.Endpoints.Where(e => e.Name is "grpc" or "amqp"))
            {
                Console.WriteLine($"  {resource.Name,-14} {endpoint.Name,-5} {endpoint.Url}");
            }
        }
        Console.WriteLine($"Endpoints and the development signing key: {builder.DiscoveryFile}");
        Console.WriteLine("Tokens for calls: dotnet run --project src/Cli -- token --role patient|therapist|operator");
        Console.WriteLine("Press Ctrl+C to stop everything.");
    }
}
