using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using Telehealth.Testing.Hosting;

namespace Telehealth.Cli.Tests.RealServices;

/// <summary>
/// The four services as real processes on loopback with free ports, a private RabbitMQ node between
/// them, and one development signing key they trust; started once for a test class, stopped with
/// everything it started.
/// </summary>
public sealed class RunningServices : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    private readonly TempDirectory _state = new();
    private readonly List<ServiceProcess> _services = [];
    private readonly DevelopmentIdentity _identity = DevelopmentIdentity.Create();
    private RabbitMqNode? _broker;

    public ServiceProcess Prescription { get; private set; } = null!;

    public ServiceProcess Scheduling { get; private set; } = null!;

    public ServiceProcess Progress { get; private set; } = null!;

    public ServiceProcess Notification { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _broker = await RabbitMqNode.StartAsync(_state.File("broker"));
        Prescription = Start("Prescription", "prescriptiondb");
        Progress = Start("Progress", "progressdb");
        Scheduling = Start("Scheduling", "schedulingdb");
        Notification = Start("Notification", "notificationdb", new()
        {
            // Email goes to files rather than to a mail server nobody runs here.
            ["Notification__Email__PickupDirectory"] = _state.File("mail"),
        });
        await Task.WhenAll(_services.Select(service => service.WaitUntilHealthyAsync(StartLimit)));
    }

    /// <summary>The command line in-process, calling these services with a token for <paramref name="subject"/> in <paramref name="role"/>.</summary>
    internal CliRunner Cli(CallerRole role, Guid subject)
    {
        var cli = new CliRunner();
        cli.Environment["TELEHEALTH_TOKEN"] = _identity.Issue(role, subject);
        cli.Environment["TELEHEALTH_PRESCRIPTION_URL"] = Prescription.GrpcAddress.ToString();
        cli.Environment["TELEHEALTH_SCHEDULING_URL"] = Scheduling.GrpcAddress.ToString();
        cli.Environment["TELEHEALTH_PROGRESS_URL"] = Progress.GrpcAddress.ToString();
        cli.Environment["TELEHEALTH_NOTIFICATION_URL"] = Notification.GrpcAddress.ToString();
        cli.Environment["TELEHEALTH_SCHEDULING_HTTP_URL"] = Scheduling.HttpAddress.ToString();
        // A service's first calls are slow while it warms up on a busy machine; the default 15 s is for people.
        cli.ExtraArguments.AddRange(["--timeout", "60s"]);
        return cli;
    }

    /// <summary>The last lines each service wrote, for a failure message.</summary>
    public string Output() => string.Join("\n", _services.Select(service => $"--- {service.Name}:\n{service.OutputTail()}"));

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_services.Select(service => service.DisposeAsync().AsTask()));
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
        _identity.Dispose();
        _state.Dispose();
    }

    private ServiceProcess Start(string name, string database, Dictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>(extra ?? [])
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__messaging"] = _broker!.ConnectionString,
            [$"ConnectionStrings__{database}"] = $"Data Source={_state.File(database + ".db")}",
            // The service stops by itself should this test process die without disposing it.
            ["TELEHEALTH_PARENT_PID"] = Environment.ProcessId.ToString(),
        };
        foreach (var (key, value) in _identity.ServiceEnvironment())
        {
            settings[key] = value;
        }
        var service = ServiceProcess.Start(name.ToLowerInvariant(), ServiceAssemblies.Of(name), settings);
        _services.Add(service);
        return service;
    }
}
