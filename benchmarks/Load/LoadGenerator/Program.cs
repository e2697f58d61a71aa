using System.Diagnostics;
using Telehealth.Benchmarks.Load;

// The load generator of benchmarks/Load/run.sh. Usage:
//   Telehealth.Benchmarks.Load --apphost-json <state>/apphost.json [--apphost-pid <pid>]
// Knobs come from the environment (see LoadSettings). Exit 0 with a report, whatever the figures;
// 1 on an error (the system is not there, a service died, setup failed); 2 on bad usage.
string? apphostJson = null;
int? apphostPid = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--apphost-json" when i + 1 < args.Length:
            apphostJson = args[++i];
            break;
        case "--apphost-pid" when i + 1 < args.Length && int.TryParse(args[i + 1], out var pid):
            apphostPid = pid;
            i++;
            break;
        default:
            Console.Error.WriteLine($"load: unknown argument '{args[i]}'; usage: --apphost-json <path> [--apphost-pid <pid>]");
            return 2;
    }
}
if (apphostJson is null || !File.Exists(apphostJson))
{
    Console.Error.WriteLine($"load: no apphost.json at '{apphostJson}': start the AppHost first (benchmarks/Load/run.sh does)");
    return 2;
}

LoadSettings settings;
try
{
    settings = LoadSettings.FromEnvironment();
}
catch (UsageException usage)
{
    Console.Error.WriteLine("load: " + usage.Message);
    return 2;
}

var output = new Output();
using var system = RunningSystem.Open(apphostJson, settings.Connections);
var meter = new ProcessMeter();
var pids = await system.ProcessIdsAsync();
foreach (var service in RunningSystem.ServiceNames)
{
    meter.Watch(service, pids.TryGetValue(service, out var pid) ? pid : throw new InvalidOperationException($"the dashboard shows no process for {service}"), withDescendants: false);
}
if (pids.TryGetValue("messaging", out var broker))
{
    meter.Watch("broker", broker, withDescendants: true);
}
if (apphostPid is { } host)
{
    meter.Watch("apphost", host, withDescendants: false);
}
meter.Watch("generator", Environment.ProcessId, withDescendants: false);

var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[0];
var started = Stopwatch.StartNew();
output.Line($"{settings.Patients:N0} patients, {settings.Therapists} therapists; minting their tokens");
var population = Population.Create(settings.Patients, settings.Therapists, system.Identity);

output.Line("setup: prescribing");
var setup = await Setup.RunAsync(system, population, settings, output);
var (settleTime, _) = await meter.SettleAsync(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(3), only: RunningSystem.ServiceNames);
output.Line($"  services quiet after {settleTime.TotalSeconds:F0} s more");

ReminderResult? reminders = null;
if (settings.Reminders > 0)
{
    output.Line($"reminders: {Math.Min(settings.Reminders, settings.Patients):N0} sessions whose reminders fall due at the same instant");
    reminders = await ReminderPhase.RunAsync(system, population, setup, settings, meter, output);
}

output.Line("load");
var load = await LoadPhase.RunAsync(system, population, settings, meter, output);

foreach (var service in RunningSystem.ServiceNames)
{
    if (!meter.IsAlive(service))
    {
        Console.Error.WriteLine($"load: {service} (pid {pids[service]}) is gone: it crashed or was restarted during the run; see its console on the dashboard");
        return 1;
    }
}
var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[0];
Report.Print(settings, setup, reminders, load, meter.PeakMemoryMiB(), started.Elapsed, loadBefore, loadAfter);
return 0;
