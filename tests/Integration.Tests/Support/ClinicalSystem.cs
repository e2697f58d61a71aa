using Telehealth.AppHost.Resources;
using Telehealth.Contracts.Audit.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Net.Client;
using Grpc.Core;

namespace Telehealth.Integration.Tests.Support;

/// <summary>
/// A private RabbitMQ node, an OTLP receiver, and the four services as processes, each with
/// its own SQLite file, wired by the environment contract; plus an event listener on the broker.
/// </summary>
public sealed class ClinicalSystem : IAsyncLifetime
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "telehealth-it-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProcess> _services = [];
    private readonly List<GrpcChannel> _channels = [];
    private readonly Dictionary<string, ServiceClient> _auditTrails = [];

    public RabbitMqNode Broker { get; private set; } = null!;

    public ServiceProcess PrescriptionProcess { get; private set; } = null!;

    public ServiceProcess ProgressProcess { get; private set; } = null!;

    public ServiceClient Prescription { get; private set; } = null!;

    public ServiceClient Progress { get; private set; } = null!;

    public ServiceClient Scheduling { get; private set; } = null!;

    public ServiceClient Notification { get; private set; } = null!;

    public GrpcChannel NotificationChannel { get; private set; } = null!;

    public EventListener Events { get; private set; } = null!;

    /// <summary>Every trace, metric and log the services exported, as a telemetry backend would receive them.</summary>
    public OtlpCapture Telemetry { get; private set; } = null!;

    public string StateDirectory => _state;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_state);
        Broker = await RabbitMqNode.StartAsync(Path.Combine(_state, "broker"));
        Events = await EventListener.StartAsync(Broker.ConnectionString);
        Telemetry = await OtlpCapture.StartAsync();
        PrescriptionProcess = Start("Prescription", "prescriptiondb");
        ProgressProcess = Start("Progress", "progressdb");
        var scheduling = Start("Scheduling", "schedulingdb", new()
        {
            // Reminders two minutes before a session, so a test can wait for one.
            ["Scheduling__SessionReminderLead"] = "00:02:00",
            ["Scheduling__TimerPollInterval"] = "00:00:01",
        });
        var notification = Start("Notification", "notificationdb", new()
        {
            ["Notification__Email__PickupDirectory"] = Path.Combine(_state, "mail"),
        });
        await Task.WhenAll(_services.Select(s => s.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90))));
        Prescription = new ServiceClient(Channel(PrescriptionProcess), PrescriptionReflection.Descriptor.Services[0]);
        Progress = new ServiceClient(Channel(ProgressProcess), ProgressReflection.Descriptor.Services[0]);
        Scheduling = new ServiceClient(Channel(scheduling), SchedulingReflection.Descriptor.Services[0]);
        NotificationChannel = Channel(notification);
        Notification = new ServiceClient(NotificationChannel, NotificationReflection.Descriptor.Services[0]);
        foreach (var service in _services)
        {
            _auditTrails[service.Name] = new ServiceClient(Channel(service), AuditReflection.Descriptor.Services[0]);
        }
    }

    /// <summary>The audit trail a service serves beside its own API: "prescription", "progress", "scheduling" or "notification".</summary>
    public ServiceClient AuditTrail(string service) => _auditTrails[service];

    /// <summary>A service's HTTP/1.1 endpoint (health, the calendar feed).</summary>
    public Uri HttpAddress(string service) => _services.Single(s => s.Name == service).HttpAddress;

    public IEnumerable<string> ProcessLog(string service) => _services.Single(s => s.Name == service).Log.Read().Select(l => l.Text);

    public string DatabaseFile(string database) => Path.Combine(_state, database + ".db");

    public async Task DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }
        await Events.DisposeAsync();
        await Telemetry.DisposeAsync();
        await Broker.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_state, recursive: true);
    }

    private ServiceProcess Start(string service, string database, Dictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>(settings ?? [])
        {
            ["ConnectionStrings__messaging"] = Broker.ConnectionString,
            [$"ConnectionStrings__{database}"] = $"Data Source={DatabaseFile(database)}",
            ["DOTNET_ENVIRONMENT"] = "Development",
        }.WithTrust();
        foreach (var (key, value) in Telemetry.ServiceEnvironment())
        {
            environment[key] = value;
        }
        var process = ServiceProcess.Start(service.ToLowerInvariant(), ServiceBinaries.For(service), environment);
        _services.Add(process);
        return process;
    }

    private GrpcChannel Channel(ServiceProcess service)
    {
        var channel = GrpcChannel.ForAddress(service.GrpcAddress);
        _channels.Add(channel);
        return channel;
    }
}
