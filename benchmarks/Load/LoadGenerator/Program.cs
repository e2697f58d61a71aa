using System.Diagnostics;
using Telehealth.Benchmarks.Load;

// The load generator of benchmarks/Load/run.sh. Usage:
//   Telehealth.Benchmarks.Load --apphost-json <state>/apphost.json [--run-marker NAME=VALUE]
// --run-marker: a variable set in the AppHost's environment only (run.sh sets one), which every
// process the orchestrator starts inherits: with it, the AppHost, DCP, the dashboard and the
// services' launchers are metered together as "orchestration". Knobs come from the environment
// (see LoadSettings). Exit 0 with a report, whatever the figures; 1 on an error (the system is
// not there, a service died, setup failed); 2 on bad usage.
string? apphostJson = null;
string? runMarker = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--apphost-json" when i + 1 < args.Length:
            apphostJson = args[++i];
            break;
        case "--run-marker" when i + 1 < args.Length && args[i + 1].IndexOf('=') > 0:
            runMarker = args[++i];
            break;
        default:
            Console.Error.WriteLine($"load: unknown argument '{args[i]}'; usage: --apphost-json <path> [--run-marker NAME=VALUE]");
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
SystemProcesses processes;
try
{
    processes = system.FindProcesses(runMarker);
}
catch (InvalidOperationException missing)
{
    Console.Error.WriteLine("load: " + missing.Message);
    return 1;
}
foreach (var service in RunningSystem.ServiceNames)
{
    meter.Watch(service, processes.Services[service], withDescendants: false);
}
output.Line("processes: " + string.Join(", ", processes.Services.Select(s => $"{s.Key} {s.Value}")) +
    (processes.Broker is { } broker ? $", broker {broker}" + (processes.Epmd is { } epmd ? $" (epmd {epmd})" : "") : ""));
if (processes.Broker is { } brokerPid)
{
    // The Erlang VM with its helpers (erl_child_setup, inet_gethost, the disk monitor), and epmd.
    meter.Watch("broker", processes.Epmd is { } epmdPid ? [brokerPid, epmdPid] : [brokerPid], withDescendants: true);
}
else
{
    output.Line($"  no RabbitMQ node of this run (beam.smp with HOME={Path.Combine(system.StateDirectory, "messaging")}): the broker is not metered");
}
if (processes.Orchestration.Count > 0)
{
    meter.Watch("orchestration", processes.Orchestration, withDescendants: false);
    output.Line($"  orchestration: {processes.OrchestrationMakeup} ({processes.Orchestration.Count} processes)");
}
else if (runMarker is not null)
{
    output.Line($"  no process carries {runMarker}: the orchestration is not metered");
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
        Console.Error.WriteLine($"load: {service} (pid {processes.Services[service]}) is gone: it crashed or was restarted during the run");
        return 1;
    }
}
var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[0];
Report.Print(settings, setup, reminders, load, meter.PeakMemoryMiB(), processes.OrchestrationMakeup, started.Elapsed, loadBefore, loadAfter);
return 0;
