using System.Diagnostics;
using Telehealth.Testing.Aspire;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Net.Client;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Faults;

/// <summary>
/// The AppHost's application under Aspire's test harness, like <see cref="ClinicalSystem"/>, but
/// each service can be killed outright (the AppHost starts it again on the same database file and
/// endpoints), and the broker stopped and started again on the same data folder with Aspire's own
/// commands. When the test runs as root, progress's database lives on a small tmpfs of its own,
/// so the test can fill it up.
/// </summary>
public sealed class FaultySystem : IAsyncLifetime
{
    public const string Progress = "progress";
    public const string Prescription = "prescription";
    public const string Scheduling = "scheduling";
    public const string Notification = "notification";

    // Outside the state folder, which the AppHost empties when it starts.
    private readonly string _disk = Path.Combine(Path.GetTempPath(), "telehealth-faults-disk-" + Guid.NewGuid().ToString("N"));
    private readonly List<GrpcChannel> _channels = [];
    private TelehealthApp _app = null!;

    public FaultListener Listener { get; private set; } = null!;

    public ServiceClient PrescriptionApi { get; private set; } = null!;

    public ServiceClient ProgressApi { get; private set; } = null!;

    public ServiceClient SchedulingApi { get; private set; } = null!;

    public string? ProgressDisk { get; private set; }

    public async Task InitializeAsync()
    {
        ProgressDisk = await SmallDisk.TryMountAsync(_disk, megabytes: 48);
        _app = new TelehealthApp(builder =>
        {
            foreach (var service in TelehealthApp.Services)
            {
                var settings = new Dictionary<string, string>(TestIdentity.Current.ServiceEnvironment())
                {
                    // The load comes from a few dozen patients at a steady rate; the per-caller limit is not under test here.
                    ["CallRate__Burst"] = "100000",
                    ["CallRate__PerSecond"] = "100000",
                };
                TelehealthApp.WithEnvironment(builder, service, settings);
            }
            TelehealthApp.WithEnvironment(builder, Scheduling, new Dictionary<string, string>
            {
                // Reminders two minutes before a session, so sessions a few minutes ahead are reminded of during the test.
                ["Scheduling__SessionReminderLead"] = "00:02:00",
                ["Scheduling__TimerPollInterval"] = "00:00:01",
            });
            if (ProgressDisk is not null)
            {
                TelehealthApp.WithEnvironment(builder, Progress, new Dictionary<string, string>
                {
                    ["ConnectionStrings__progressdb"] = $"Data Source={DatabaseFile(Progress)}",
                });
            }
        });
        await _app.InitializeAsync();
        Listener = await FaultListener.StartAsync(await _app.BrokerConnectionStringAsync());
        PrescriptionApi = new ServiceClient(Channel(Prescription), PrescriptionReflection.Descriptor.Services[0]);
        ProgressApi = new ServiceClient(Channel(Progress), ProgressReflection.Descriptor.Services[0]);
        SchedulingApi = new ServiceClient(Channel(Scheduling), SchedulingReflection.Descriptor.Services[0]);
    }

    public string DatabaseFile(string service) =>
        Path.Combine(service == Progress && ProgressDisk is not null ? ProgressDisk : _app.StateDirectory, service + "db.db");

    public IEnumerable<string> ProcessLog(string service) => _app.ConsoleLog(service);

    /// <summary>kill -9 of the service's process; returns once the AppHost has started it again and it is healthy.</summary>
    public Task KillAndAwaitRestartAsync(string service) => _app.KillAndAwaitRestartAsync(service);

    public Task StopAndRestartBrokerAsync(TimeSpan downFor) => _app.StopAndStartBrokerAsync(downFor);

    public Task WaitUntilAllHealthyAsync() => _app.WaitUntilHealthyAsync(TelehealthApp.Services);

    public async Task DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
        if (Listener is not null)
        {
            await Listener.DisposeAsync();
        }
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        if (ProgressDisk is not null)
        {
            await SmallDisk.UnmountAsync(ProgressDisk);
        }
        if (Directory.Exists(_disk))
        {
            Directory.Delete(_disk, recursive: true);
        }
    }

    private GrpcChannel Channel(string service)
    {
        var channel = GrpcChannel.ForAddress(_app.GrpcAddress(service));
        _channels.Add(channel);
        return channel;
    }
}

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
