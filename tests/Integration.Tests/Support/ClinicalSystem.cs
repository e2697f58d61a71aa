using Telehealth.Testing.Aspire;
using Telehealth.Testing.Hosting;
using Telehealth.Contracts.Audit.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Net.Client;
using Grpc.Core;

namespace Telehealth.Integration.Tests.Support;

/// <summary>
/// The AppHost's application started by Aspire's test harness (a private RabbitMQ node and the
/// four services, each with its own SQLite file), the services trusting the tests' signing key
/// and exporting to an OTLP receiver; plus an event listener on the broker.
/// </summary>
public sealed class ClinicalSystem : IAsyncLifetime
{
    private readonly TelehealthApp _app = new(builder =>
    {
        foreach (var service in TelehealthApp.Services)
        {
            TelehealthApp.WithEnvironment(builder, service, TestIdentity.Current.ServiceEnvironment());
        }
        TelehealthApp.WithEnvironment(builder, "scheduling", new Dictionary<string, string>
        {
            // Reminders two minutes before a session, so a test can wait for one.
            ["Scheduling__SessionReminderLead"] = "00:02:00",
            ["Scheduling__TimerPollInterval"] = "00:00:01",
        });
    });

    private readonly List<GrpcChannel> _channels = [];
    private readonly Dictionary<string, ServiceClient> _auditTrails = [];

    public ServiceClient Prescription { get; private set; } = null!;

    public ServiceClient Progress { get; private set; } = null!;

    public ServiceClient Scheduling { get; private set; } = null!;

    public ServiceClient Notification { get; private set; } = null!;

    public GrpcChannel NotificationChannel { get; private set; } = null!;

    public EventListener Events { get; private set; } = null!;

    /// <summary>Every trace, metric and log the services exported, as a telemetry backend would receive them.</summary>
    public OtlpCapture Telemetry => _app.Telemetry!;

    public string StateDirectory => _app.StateDirectory;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        Events = await EventListener.StartAsync(await _app.BrokerConnectionStringAsync());
        Prescription = new ServiceClient(Channel("prescription"), PrescriptionReflection.Descriptor.Services[0]);
        Progress = new ServiceClient(Channel("progress"), ProgressReflection.Descriptor.Services[0]);
        Scheduling = new ServiceClient(Channel("scheduling"), SchedulingReflection.Descriptor.Services[0]);
        NotificationChannel = Channel("notification");
        Notification = new ServiceClient(NotificationChannel, NotificationReflection.Descriptor.Services[0]);
        foreach (var service in TelehealthApp.Services)
        {
            _auditTrails[service] = new ServiceClient(Channel(service), AuditReflection.Descriptor.Services[0]);
        }
    }

    /// <summary>The audit trail a service serves beside its own API: "prescription", "progress", "scheduling" or "notification".</summary>
    public ServiceClient AuditTrail(string service) => _auditTrails[service];

    /// <summary>A service's HTTP/1.1 endpoint (health, the calendar feed).</summary>
    public Uri HttpAddress(string service) => _app.HttpAddress(service);

    /// <summary>What a service wrote to its console, as the dashboard shows it.</summary>
    public IEnumerable<string> ProcessLog(string service) => _app.ConsoleLog(service);

    public string DatabaseFile(string database) => Path.Combine(StateDirectory, database + ".db");

    /// <summary>
    /// Each service's own process and how often the AppHost started it again, once it runs healthy:
    /// a crash in between shows as a change, even when the AppHost has brought it back.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ServiceProcessesAsync()
    {
        var processes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in TelehealthApp.Services)
        {
            var running = await _app.WaitForAsync(service, TelehealthApp.IsRunningAndHealthy, "running and healthy");
            processes[service] = $"process {TelehealthApp.ServiceProcessId(running)}, restarted {TelehealthApp.Restarts(running)} times";
        }
        return processes;
    }

    public async Task DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
        if (Events is not null)
        {
            await Events.DisposeAsync();
        }
        await _app.DisposeAsync();
    }

    private GrpcChannel Channel(string service)
    {
        var channel = GrpcChannel.ForAddress(_app.GrpcAddress(service));
        _channels.Add(channel);
        return channel;
    }
}
