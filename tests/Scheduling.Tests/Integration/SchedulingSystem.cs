using System.Reflection;
using Telehealth.Testing.Hosting;
using Grpc.Net.Client;
using Grpc.Core;
using Telehealth.Testing;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>
/// A private RabbitMQ node and the scheduling service as a process on its own SQLite file, with
/// reminder lead, session window and booking notice shortened to seconds; plus the test's own bus.
/// The service can be killed (kill -9) and started again on the same file.
/// </summary>
public sealed class SchedulingSystem : IAsyncLifetime
{
    public static readonly TimeSpan ReminderLead = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan SessionWindow = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan AppointmentReminderLead = TimeSpan.FromSeconds(20);

    private static readonly string Configuration =
        typeof(SchedulingSystem).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private readonly string _state = Path.Combine(Path.GetTempPath(), "telehealth-scheduling-it-" + Guid.NewGuid().ToString("N"));
    private GrpcChannel? _channel;

    public RabbitMqNode Broker { get; private set; } = null!;

    public ServiceProcess Process { get; private set; } = null!;

    public SchedulingClient Client { get; private set; } = null!;

    public BrokerEvents Events { get; private set; } = null!;

    public string DatabaseFile => Path.Combine(_state, "schedulingdb.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_state);
        Broker = await RabbitMqNode.StartAsync(Path.Combine(_state, "broker"));
        Events = await BrokerEvents.StartAsync(Broker.ConnectionString);
        await StartServiceAsync();
    }

    /// <summary>kill -9, as in a crash: nothing gets to finish.</summary>
    public async Task KillAsync()
    {
        Process.Kill();
        await Process.Exited;
        await Process.DisposeAsync();
        _channel?.Dispose();
    }

    /// <summary>Starts the service again on the same database file.</summary>
    public Task StartServiceAsync()
    {
        Process = ServiceProcess.Start("scheduling", ServiceAssembly(), new Dictionary<string, string>
        {
            ["ConnectionStrings__messaging"] = Broker.ConnectionString,
            ["ConnectionStrings__schedulingdb"] = $"Data Source={DatabaseFile}",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Scheduling__SessionReminderLead"] = ReminderLead.ToString(),
            ["Scheduling__SessionWindow"] = SessionWindow.ToString(),
            ["Scheduling__TimerPollInterval"] = "00:00:01",
            ["Scheduling__MinimumBookingNotice"] = "00:00:05",
            ["Scheduling__AppointmentLastReminderLead"] = AppointmentReminderLead.ToString(),
        }.WithTrust());
        _channel = GrpcChannel.ForAddress(Process.GrpcAddress);
        Client = new SchedulingClient(_channel);
        return Process.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (Process is not null)
        {
            await Process.DisposeAsync();
        }
        if (Events is not null)
        {
            await Events.DisposeAsync();
        }
        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_state, recursive: true);
    }

    /// <summary>The service's own build output, in the configuration these tests were built in.</summary>
    private static string ServiceAssembly() =>
        RepositoryFiles.PathOf("src", "Scheduling", "bin", Configuration, "net10.0", "Telehealth.Scheduling.dll");
}
