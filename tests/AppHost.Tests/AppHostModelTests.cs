using Telehealth.AppHost.Messaging;
using Telehealth.AppHost.Restarts;

namespace Telehealth.AppHost.Tests;

/// <summary>The application model the AppHost declares, read without starting anything.</summary>
public sealed class AppHostModelTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "telehealth-model-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task By_default_a_private_rabbitmq_node_with_its_own_epmd_serves_as_the_broker()
    {
        await using var builder = await ModelAsync();

        var node = Assert.Single(builder.Resources.OfType<RabbitMqNodeResource>());
        Assert.Equal("messaging", node.Name);
        Assert.Equal(Path.Combine(_state, "messaging"), node.DataDirectory);
        Assert.Contains(builder.Resources.OfType<ExecutableResource>(), r => r.Name == "messaging-epmd" && r.Command == "epmd");
        Assert.True(node.HasAnnotationOfType<RestartOnCrashAnnotation>());
        Assert.True(node.Password.Secret);
    }

    [Fact]
    public async Task A_configured_broker_is_used_instead_of_starting_a_node()
    {
        await using var builder = await ModelAsync("--ConnectionStrings:messaging=amqp://clinic:secret@broker.clinic.internal:5672/telehealth");

        Assert.Empty(builder.Resources.OfType<RabbitMqNodeResource>());
        Assert.DoesNotContain(builder.Resources, r => r.Name == "messaging-epmd");
        var messaging = Assert.Single(builder.Resources.OfType<IResourceWithConnectionString>(), r => r.Name == "messaging");
        Assert.Equal("amqp://clinic:secret@broker.clinic.internal:5672/telehealth", await messaging.GetConnectionStringAsync());
    }

    [Fact]
    public async Task Each_service_is_a_project_with_its_own_database_in_the_state_folder_and_restarts_on_crash()
    {
        await using var builder = await ModelAsync();

        var services = builder.Resources.OfType<ProjectResource>().Where(p => p.Name != "console").ToDictionary(p => p.Name);
        Assert.Equal(["notification", "prescription", "progress", "scheduling"], services.Keys.Order());
        foreach (var (name, service) in services)
        {
            Assert.True(service.HasAnnotationOfType<RestartOnCrashAnnotation>(), $"{name} is not restarted on a crash");
            IResourceWithConnectionString database = Assert.Single(builder.Resources.OfType<ConnectionStringResource>(), r => r.Name == name + "db");
            Assert.Equal($"Data Source={Path.Combine(_state, name + "db.db")}", await database.GetConnectionStringAsync());
            Assert.Contains(service.Annotations.OfType<HealthCheckAnnotation>(), a => a.Key.Contains("/health"));
        }
    }

    [Fact]
    public async Task The_therapists_console_references_the_four_services_and_shows_its_address_on_the_dashboard()
    {
        await using var builder = await ModelAsync();

        var console = Assert.Single(builder.Resources.OfType<ProjectResource>(), p => p.Name == "console");
        var referenced = console.Annotations.OfType<ResourceRelationshipAnnotation>().Where(a => a.Type == "Reference").Select(a => a.Resource.Name).Order();
        Assert.Equal(["notification", "prescription", "progress", "scheduling"], referenced);
        var http = Assert.Single(console.Annotations.OfType<EndpointAnnotation>(), e => e.Name == "http");
        Assert.True(http.IsExternal, "the console's address is not shown as an external endpoint");
        Assert.Equal("http", http.UriScheme);
        Assert.Contains(console.Annotations.OfType<HealthCheckAnnotation>(), a => a.Key.Contains("/health"));
        Assert.True(console.HasAnnotationOfType<RestartOnCrashAnnotation>());
        // Nothing of the console's own is kept: no database, no broker.
        Assert.DoesNotContain(console.Annotations.OfType<ResourceRelationshipAnnotation>(), a => a.Resource is IResourceWithConnectionString);
    }

    [Fact]
    public async Task A_run_starts_from_an_empty_state_folder_unless_told_to_keep_the_data()
    {
        Directory.CreateDirectory(_state);
        var earlier = Path.Combine(_state, "progressdb.db");
        File.WriteAllText(earlier, "the last run's data");

        await using (var keeping = await ModelAsync("--keep-data"))
        {
            Assert.True(File.Exists(earlier), "--keep-data removed the last run's database");
        }
        await using (var fresh = await ModelAsync())
        {
            Assert.False(File.Exists(earlier), "a fresh start kept the last run's database");
        }
        // The run's signing key is written either way, for the command line to issue tokens with.
        Assert.True(File.Exists(Path.Combine(_state, "identity", "signing-key.json")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    private async Task<IDistributedApplicationTestingBuilder> ModelAsync(params string[] args)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--state-dir", _state, .. args], limit.Token);
    }
}
