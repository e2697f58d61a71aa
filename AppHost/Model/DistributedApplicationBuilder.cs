using Telehealth.ServiceDefaults.Security;

namespace Telehealth.AppHost.Model;

/// <summary>The application model, declared in code the way an Aspire AppHost declares it.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];

    private DistributedApplicationBuilder(AppHostOptions options, string repositoryRoot)
    {
        Options = options;
        RepositoryRoot = repositoryRoot;
        StateDirectory = options.StateDirectory ?? Path.Combine(repositoryRoot, ".state");
    }

    public AppHostOptions Options { get; }

    public string RepositoryRoot { get; }

    public string StateDirectory { get; }

    /// <summary>Where the services send traces, metrics and logs: the dashboard's OTLP receiver.</summary>
    public string? OtlpEndpoint { get; set; }

    public IReadOnlyList<Resource> Resources => _resources;

    /// <summary>
    /// This run's signing key: the services trust its public half, and the command line issues
    /// development tokens with the private half, which the AppHost leaves in the state folder.
    /// </summary>
    public DevelopmentIdentity Identity { get; } = DevelopmentIdentity.Create();

    public string IdentityFile => Path.Combine(StateDirectory, "identity", "signing-key.json");

    /// <summary>Where the AppHost writes its endpoints while it runs, for the command line and scripts.</summary>
    public string DiscoveryFile => Path.Combine(StateDirectory, "apphost.json");

    public static DistributedApplicationBuilder Create(AppHostOptions options) => new(options, RepositoryLayout.FindRoot());

    public RabbitMqResource AddRabbitMq(string name) => Add(new RabbitMqResource(name, Path.Combine(StateDirectory, name)));

    /// <summary>A service project under src/, run from its Release build with the environment contract.</summary>
    public ProjectResource AddProject(string name, string projectFolder)
    {
        var directory = Path.Combine(RepositoryRoot, "src", projectFolder);
        var project = new ProjectResource(name, directory, $"Telehealth.{projectFolder}");
        project.WithEnvironment(env =>
        {
            env["DOTNET_ENVIRONMENT"] = "Development";
            // A service whose AppHost is killed outright stops by itself (see ServiceDefaults' ParentProcessWatcher).
            env["TELEHEALTH_PARENT_PID"] = Environment.ProcessId.ToString();
            env["ASPNETCORE_ENVIRONMENT"] = "Development";
            foreach (var (key, value) in Identity.ServiceEnvironment())
            {
                env[key] = value;
            }
            if (OtlpEndpoint is { } otlp)
            {
                env["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
                env["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
                env["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={name}";
                // Seconds, not a minute, so the dashboard follows what happens.
                env["OTEL_METRIC_EXPORT_INTERVAL"] = "5000";
                env["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
                env["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            }
        });
        return Add(project);
    }

    public DistributedApplication Build() => new(this);

    private T Add<T>(T resource)
        where T : Resource
    {
        _resources.Add(resource);
        return resource;
    }
}
