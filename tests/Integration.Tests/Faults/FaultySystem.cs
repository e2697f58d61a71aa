using System.Diagnostics;
using Telehealth.AppHost.Resources;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Net.Client;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Faults;

/// <summary>
/// A private RabbitMQ node and the four services as processes, like <see cref="ClinicalSystem"/>,
/// but each can be killed outright and started again on the same database file and ports, and the
/// broker stopped and started again on the same data folder and port. When the test runs as root,
/// progress's database lives on a small tmpfs of its own, so the test can fill it up.
/// </summary>
public sealed class FaultySystem : IAsyncLifetime
{
    public const string Progress = "progress";
    public const string Prescription = "prescription";
    public const string Scheduling = "scheduling";
    public const string Notification = "notification";

    private static readonly TimeSpan HealthyWithin = TimeSpan.FromSeconds(120);
    private readonly string _state = Path.Combine(Path.GetTempPath(), "telehealth-faults-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, Managed> _services = [];
    private readonly List<GrpcChannel> _channels = [];
    private int _brokerPort;

    public RabbitMqNode Broker { get; private set; } = null!;

    public FaultListener Listener { get; private set; } = null!;

    public ServiceClient PrescriptionApi { get; private set; } = null!;

    public ServiceClient ProgressApi { get; private set; } = null!;

    public ServiceClient SchedulingApi { get; private set; } = null!;

    /// <summary>The tmpfs progress's database lives on, or null when it could not be mounted (not root).</summary>
    public string? ProgressDisk { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_state);
        ProgressDisk = await SmallDisk.TryMountAsync(Path.Combine(_state, "progress-disk"), megabytes: 48);
        Broker = await RabbitMqNode.StartAsync(Path.Combine(_state, "broker"));
        _brokerPort = Broker.Port;
        Listener = await FaultListener.StartAsync(Broker.ConnectionString);
        Add(Prescription, "Prescription", "prescriptiondb");
        Add(Progress, "Progress", "progressdb");
        Add(Scheduling, "Scheduling", "schedulingdb", new()
        {
            // Reminders two minutes before a session, so sessions a few minutes ahead are reminded of during the test.
            ["Scheduling__SessionReminderLead"] = "00:02:00",
            ["Scheduling__TimerPollInterval"] = "00:00:01",
        });
        Add(Notification, "Notification", "notificationdb", new()
        {
            ["Notification__Email__PickupDirectory"] = Path.Combine(_state, "mail"),
        });
        foreach (var service in _services.Values)
        {
            service.Start();
        }
        await Task.WhenAll(_services.Values.Select(s => s.Process!.WaitUntilHealthyAsync(HealthyWithin)));
        PrescriptionApi = new ServiceClient(Channel(Prescription), PrescriptionReflection.Descriptor.Services[0]);
        ProgressApi = new ServiceClient(Channel(Progress), ProgressReflection.Descriptor.Services[0]);
        SchedulingApi = new ServiceClient(Channel(Scheduling), SchedulingReflection.Descriptor.Services[0]);
    }

    public string DatabaseFile(string service) => _services[service].DatabaseFile;

    public IEnumerable<string> ProcessLog(string service) => _services[service].Log.Read().Select(l => l.Text);

    /// <summary>kill -9 the service, then start it again on the same database file and ports and wait until it is healthy.</summary>
    public async Task KillAndRestartAsync(string service, TimeSpan downFor)
    {
        var managed = _services[service];
        var process = managed.Process!;
        process.Kill();
        using (var exited = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await process.Exited.WaitAsync(exited.Token);
        }
        await process.DisposeAsync();
        await Task.Delay(downFor);
        managed.Start();
        await managed.Process!.WaitUntilHealthyAsync(HealthyWithin);
    }

    /// <summary>Stops the broker (SIGTERM), leaves it down for a while, starts it again on the same data and port.</summary>
    public async Task StopAndRestartBrokerAsync(TimeSpan downFor)
    {
        await Broker.DisposeAsync();
        await Task.Delay(downFor);
        Broker = await RabbitMqNode.StartAsync(Path.Combine(_state, "broker"), port: _brokerPort);
    }

    /// <summary>Waits until every service answers /health again (database and broker ready).</summary>
    public Task WaitUntilAllHealthyAsync() =>
        Task.WhenAll(_services.Values.Select(s => s.Process!.WaitUntilHealthyAsync(HealthyWithin)));

    public async Task DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
        foreach (var service in _services.Values)
        {
            if (service.Process is { } process)
            {
                await process.DisposeAsync();
            }
        }
        if (Listener is not null)
        {
            await Listener.DisposeAsync();
        }
        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (ProgressDisk is not null)
        {
            await SmallDisk.UnmountAsync(ProgressDisk);
        }
        Directory.Delete(_state, recursive: true);
    }

    private void Add(string name, string project, string database, Dictionary<string, string>? settings = null)
    {
        var folder = name == Progress && ProgressDisk is not null ? ProgressDisk : _state;
        var file = Path.Combine(folder, database + ".db");
        var environment = new Dictionary<string, string>(settings ?? [])
        {
            [$"ConnectionStrings__{database}"] = $"Data Source={file}",
            ["DOTNET_ENVIRONMENT"] = "Development",
            // The load comes from a few dozen patients at a steady rate; the per-caller limit is not under test here.
            ["CallRate__Burst"] = "100000",
            ["CallRate__PerSecond"] = "100000",
        }.WithTrust();
        _services[name] = new Managed(this, name, ServiceBinaries.For(project), environment, file);
    }

    private GrpcChannel Channel(string service)
    {
        var channel = GrpcChannel.ForAddress(_services[service].Process!.GrpcAddress);
        _channels.Add(channel);
        return channel;
    }

    /// <summary>One service: its environment, its ports and console log (kept across restarts), and its current process.</summary>
    private sealed class Managed(FaultySystem system, string name, string assembly, Dictionary<string, string> environment, string databaseFile)
    {
        private int? _grpcPort;
        private int? _httpPort;

        public string DatabaseFile => databaseFile;

        public ConsoleLog Log { get; } = new();

        public ServiceProcess? Process { get; private set; }

        public void Start()
        {
            // The broker's connection string stays the same across its restarts (same port, same stored password).
            environment["ConnectionStrings__messaging"] = system.Broker.ConnectionString;
            Process = ServiceProcess.Start(name, assembly, environment, Log, _grpcPort, _httpPort);
            _grpcPort = Process.GrpcPort;
            _httpPort = Process.HttpPort;
        }
    }
}

/// <summary>A size-limited tmpfs, for filling a service's disk; needs root (mount), else there is none.</summary>
internal static class SmallDisk
{
    public static async Task<string?> TryMountAsync(string folder, int megabytes)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return null;
        }
        Directory.CreateDirectory(folder);
        if (await RunAsync("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", folder) == 0)
        {
            return folder;
        }
        Directory.Delete(folder);
        return null;
    }

    public static async Task UnmountAsync(string folder)
    {
        if (await RunAsync("umount", folder) != 0)
        {
            await RunAsync("umount", "-l", folder);
        }
    }

    /// <summary>Writes a file until the disk has no room left; returns how many bytes it took.</summary>
    public static long Fill(string file)
    {
        var chunk = new byte[256 * 1024];
        long written = 0;
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true)
            {
                stream.Write(chunk);
                written += chunk.Length;
            }
        }
        catch (IOException)
        {
        }
        // Then the last scraps, so not even one page fits.
        var small = new byte[512];
        try
        {
            while (true)
            {
                stream.Write(small);
                written += small.Length;
            }
        }
        catch (IOException)
        {
        }
        return written;
    }

    private static async Task<int> RunAsync(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(info)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return -1;
        }
    }
}
