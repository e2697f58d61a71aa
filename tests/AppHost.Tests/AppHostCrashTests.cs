using System.Diagnostics;

namespace Telehealth.AppHost.Tests;

/// <summary>When the AppHost itself is killed outright, its services notice and stop rather than run on as orphans.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AppHostCrashTests(RunningAppHost host) : IClassFixture<RunningAppHost>
{
    [Fact]
    public async Task Services_stop_by_themselves_when_the_apphost_is_killed()
    {
        var services = await WaitForServicesAsync();

        Process.GetProcessById(host.ProcessId).Kill();

        var until = DateTime.UtcNow.AddSeconds(30);
        while (services.Any(ProcessEnvironment.IsAlive) && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
        }
        var survivors = services.Where(ProcessEnvironment.IsAlive).ToList();
        // The broker has no such watch: end it, and anything else started for this state folder, here.
        ProcessEnvironment.KillStartedFor(host.StateDirectory);
        Assert.Empty(survivors);
    }

    private async Task<List<int>> WaitForServicesAsync()
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            var resources = await host.ResourcesAsync();
            var services = resources.Where(r => r.GetProperty("kind").GetString() == "project").ToList();
            if (services.Count == 4 && services.All(r => r.GetProperty("state").GetString() == "running"))
            {
                return services.Select(r => r.GetProperty("processId").GetInt32()).ToList();
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The services did not all start.");
    }
}
