using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Telehealth.AppHost.Tests.Support;
using Telehealth.Testing.Aspire;
using Telehealth.Testing.Hosting;

namespace Telehealth.AppHost.Tests;

/// <summary>The application model as Aspire runs it: what each service receives, apphost.json, and restarts.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AppHostTests(TelehealthAppFixture app) : IClassFixture<TelehealthAppFixture>
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Apphost_json_names_every_service_endpoint_and_the_signing_key()
    {
        var file = Path.Combine(app.StateDirectory, "apphost.json");
        await WaitForAsync(() => File.Exists(file), "apphost.json in the state folder once every service is healthy");

        using var discovery = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var services = discovery.RootElement.GetProperty("services");
        foreach (var service in TelehealthApp.Services)
        {
            Assert.Equal(app.GrpcAddress(service), new Uri(services.GetProperty(service).GetProperty("grpc").GetString()!));
            Assert.Equal(app.App.GetEndpoint(service, "http"), new Uri(services.GetProperty(service).GetProperty("http").GetString()!));
        }
        Assert.Equal(app.App.GetEndpoint("console", "http"), new Uri(discovery.RootElement.GetProperty("console").GetString()!));
        Assert.False(services.TryGetProperty("console", out _), "the console is listed among the gRPC services");
        Assert.Equal(Path.Combine(app.StateDirectory, "identity", "signing-key.json"), discovery.RootElement.GetProperty("identity").GetString());
        Assert.True(File.Exists(discovery.RootElement.GetProperty("identity").GetString()));
        if (!OperatingSystem.IsWindows())
        {
            // It holds the dashboard's login token.
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Each_service_receives_the_broker_its_database_its_endpoints_the_signing_key_and_otlp()
    {
        var broker = await app.App.GetConnectionStringAsync("messaging");
        Assert.StartsWith("amqp://telehealth:", broker);
        foreach (var service in TelehealthApp.Services)
        {
            var environment = (await app.App.ResourceNotifications.WaitForResourceAsync(service, e => e.Snapshot.EnvironmentVariables.Length > 0))
                .Snapshot.EnvironmentVariables.Where(v => v.IsFromSpec).ToDictionary(v => v.Name, v => v.Value);

            Assert.Equal(broker, environment["ConnectionStrings__messaging"]);
            Assert.Equal($"Data Source={Path.Combine(app.StateDirectory, service + "db.db")}", environment[$"ConnectionStrings__{service}db"]);
            Assert.StartsWith("http://", environment["Kestrel__Endpoints__grpc__Url"]);
            Assert.StartsWith("http://", environment["Kestrel__Endpoints__http__Url"]);
            Assert.Equal("Development", environment["DOTNET_ENVIRONMENT"]);
            Assert.Equal(app.Telemetry!.Endpoint, environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
            Assert.Equal(service, environment["OTEL_SERVICE_NAME"]);
            Assert.Equal("telehealth-development", environment["Authentication__Issuer"]);
            Assert.Contains("BEGIN PUBLIC KEY", environment["Authentication__SigningKeys__0__PublicKey"]);
            Assert.DoesNotContain(environment.Keys, name => name.Contains("PRIVATE", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(environment.Values, value => value?.Contains("PRIVATE KEY") == true);
        }
    }

    [Fact]
    public async Task The_console_receives_each_services_address_and_where_the_development_key_is_never_the_key()
    {
        var environment = (await app.App.ResourceNotifications.WaitForResourceAsync("console", e => e.Snapshot.EnvironmentVariables.Length > 0))
            .Snapshot.EnvironmentVariables.Where(v => v.IsFromSpec).ToDictionary(v => v.Name, v => v.Value);

        foreach (var service in TelehealthApp.Services)
        {
            Assert.Equal(app.GrpcAddress(service), new Uri(environment[$"services__{service}__grpc__0"]!));
        }
        Assert.Equal(Path.Combine(app.StateDirectory, "identity", "signing-key.json"), environment["Console__Authentication__DevelopmentKeyFile"]);
        Assert.Equal("Development", environment["DOTNET_ENVIRONMENT"]);
        Assert.StartsWith("http://", environment["Kestrel__Endpoints__http__Url"]);
        Assert.DoesNotContain(environment.Keys, name => name.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
        Assert.DoesNotContain(environment.Values, value => value?.Contains("PRIVATE KEY") == true);

        using var http = new HttpClient();
        var health = await http.GetAsync(new Uri(app.App.GetEndpoint("console", "http"), "/health"));
        Assert.True(health.IsSuccessStatusCode, $"the console's /health answered {health.StatusCode}");
    }

    [Fact]
    public async Task A_service_killed_outright_is_started_again_and_the_restart_counted()
    {
        const string Service = "progress";
        var running = await app.App.ResourceNotifications.WaitForResourceAsync(Service, e => e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy);
        var restartsBefore = TelehealthApp.Restarts(running);
        var service = TelehealthApp.ServiceProcessId(running);

        Process.GetProcessById(service).Kill();

        var exited = await app.App.ResourceNotifications.WaitForResourceAsync(Service, e => e.Snapshot.State?.Text is "Finished" or "Exited");
        Assert.NotEqual(0, exited.Snapshot.ExitCode);
        using var limit = new CancellationTokenSource(Limit);
        var restarted = await app.App.ResourceNotifications.WaitForResourceAsync(
            Service,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy && TelehealthApp.Restarts(e) == restartsBefore + 1,
            limit.Token);
        Assert.NotEqual(service, TelehealthApp.ServiceProcessId(restarted));
        await LogLineAsync(restarted.ResourceId, "while nobody had stopped it");
    }

    [Fact]
    public async Task A_service_stopped_on_request_stays_stopped_until_started()
    {
        const string Service = "scheduling";
        var running = await app.App.ResourceNotifications.WaitForResourceAsync(Service, e => e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy);

        var stop = await app.App.ResourceCommands.ExecuteCommandAsync(running.ResourceId, KnownResourceCommands.StopCommand);
        Assert.True(stop.Success, stop.Message);

        await LogLineAsync(running.ResourceId, "Stopped on request; it stays stopped");
        var stopped = await app.App.ResourceNotifications.WaitForResourceAsync(Service, e => e.Snapshot.State?.Text is "Finished" or "Exited");
        Assert.Equal(0, TelehealthApp.Restarts(stopped));

        var start = await app.App.ResourceCommands.ExecuteCommandAsync(running.ResourceId, KnownResourceCommands.StartCommand);
        Assert.True(start.Success, start.Message);
        using var limit = new CancellationTokenSource(Limit);
        await app.WaitUntilHealthyAsync([Service], limit.Token);
    }

    [Fact]
    public async Task The_queue_depths_command_lists_the_services_queues_with_their_consumers()
    {
        var broker = await app.App.ResourceNotifications.WaitForResourceAsync("messaging", e => e.Snapshot.State?.Text == KnownResourceStates.Running);

        var result = await app.App.ResourceCommands.ExecuteCommandAsync(broker.ResourceId, "queue-depths");

        Assert.True(result.Success, result.Message);
        var table = result.Data?.Value ?? "";
        Assert.Contains("messages_ready", table);
        Assert.Contains("consumers", table);
        // Each service listens on queues of its own, e.g. scheduling for the programme events.
        Assert.Contains("scheduling", table);
        // The command's own Erlang VM started no epmd daemon of its own, which would outlive it.
        var brokerHome = Path.Combine(app.StateDirectory, "messaging");
        Assert.DoesNotContain(
            Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(name => int.TryParse(name, out _)).Select(name => int.Parse(name!)),
            pid => ProcessTree.CommandLine(pid).Contains("epmd -daemon") && ProcessEnvironment.Of(pid).GetValueOrDefault("HOME") == brokerHome);
    }

    private async Task LogLineAsync(string resourceId, string text)
    {
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await foreach (var batch in app.App.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(resourceId).WithCancellation(limit.Token))
            {
                if (batch.Any(line => line.Content.Contains(text)))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
        }
        throw new TimeoutException($"{resourceId} did not log \"{text}\" within {Limit}.");
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var until = DateTime.UtcNow + Limit;
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Waited {Limit} for {what}.");
            }
            await Task.Delay(200);
        }
    }
}
