using System.Globalization;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// The processes of the system the AppHost runs, found by scanning /proc (the Aspire dashboard has
/// no API that lists them, and the orchestrator, DCP, runs detached, so they are not under the
/// AppHost's process either):
/// <list type="bullet">
/// <item>a service: the process whose command line names <c>Telehealth.&lt;Service&gt;</c> (its
/// executable or .dll) and whose environment holds
/// <c>ConnectionStrings__&lt;service&gt;db=Data Source=&lt;state&gt;/&lt;service&gt;db.db</c>, so
/// neither the <c>dotnet run</c> launching it nor another run's copy;</item>
/// <item>the broker: the <c>beam.smp</c> whose environment has <c>HOME=&lt;state&gt;/messaging</c>,
/// and epmd, the <c>epmd</c> working in that folder;</item>
/// <item>the orchestration: every other process whose environment holds the run's marker
/// (run.sh sets it on the AppHost; everything DCP starts inherits it): the AppHost, DCP's
/// processes, the dashboard and the services' <c>dotnet run</c> launchers.</item>
/// </list>
/// </summary>
public sealed record SystemProcesses(
    IReadOnlyDictionary<string, int> Services,
    int? Broker,
    int? Epmd,
    IReadOnlyList<int> Orchestration,
    string OrchestrationMakeup)
{
    /// <param name="stateDirectory">The AppHost's state folder (where apphost.json is).</param>
    /// <param name="runMarker">NAME=VALUE in the AppHost's environment, or null to leave the orchestration out.</param>
    public static SystemProcesses Find(string stateDirectory, string? runMarker)
    {
        var state = Path.GetFullPath(stateDirectory);
        var brokerHome = Path.Combine(state, "messaging");
        var processes = Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId)
            .Select(Read)
            .OfType<ProcessInfo>()
            .ToList();

        var services = new Dictionary<string, int>();
        foreach (var service in RunningSystem.ServiceNames)
        {
            var program = "Telehealth." + char.ToUpperInvariant(service[0]) + service[1..];
            var connection = $"ConnectionStrings__{service}db=Data Source={Path.Combine(state, service + "db.db")}";
            // Should a restarted service's predecessor still be on its way out, the newest is the service.
            var found = processes
                .Where(p => p.CommandLine.Any(arg => Path.GetFileName(arg) == program || Path.GetFileName(arg) == program + ".dll")
                    && p.Environment.Contains(connection))
                .MaxBy(p => p.StartTime);
            services[service] = found?.Pid ?? throw new InvalidOperationException(
                $"no process of {service} found: none has {program} on its command line and {connection} in its environment");
        }

        var broker = processes
            .Where(p => p.Name == "beam.smp" && p.Environment.Contains("HOME=" + brokerHome))
            .MaxBy(p => p.StartTime);
        var epmd = processes
            .Where(p => p.Name == "epmd" && p.WorkingDirectory == brokerHome)
            .MaxBy(p => p.StartTime);

        if (runMarker is null)
        {
            return new SystemProcesses(services, broker?.Pid, epmd?.Pid, [], "");
        }
        // The broker's own children (erl_child_setup and what it starts) are the broker's.
        var brokerTree = broker is null ? [] : Descendants(broker.Pid, processes).Append(broker.Pid).ToHashSet();
        var orchestration = processes
            .Where(p => p.Environment.Contains(runMarker)
                && !services.ContainsValue(p.Pid) && p.Pid != epmd?.Pid && !brokerTree.Contains(p.Pid))
            .ToList();
        var makeup = string.Join(", ", orchestration
            .GroupBy(Kind)
            .OrderBy(g => g.Min(p => p.StartTime))
            .Select(g => g.Count() == 1 ? g.Key : $"{g.Count()} {g.Key}"));
        return new SystemProcesses(services, broker?.Pid, epmd?.Pid, orchestration.Select(p => p.Pid).ToList(), makeup);
    }

    private static IEnumerable<int> Descendants(int root, List<ProcessInfo> processes)
    {
        var children = processes.ToLookup(p => p.ParentPid, p => p.Pid);
        var pending = new Stack<int>(children[root]);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            yield return pid;
            foreach (var child in children[pid])
            {
                pending.Push(child);
            }
        }
    }

    // What an orchestration process is, for the line that lists them.
    private static string Kind(ProcessInfo process)
    {
        var line = process.CommandLine;
        if (line.Any(arg => Path.GetFileName(arg) is "Telehealth.AppHost" or "Telehealth.AppHost.dll"))
        {
            return "AppHost";
        }
        if (line.Length > 1 && Path.GetFileName(line[0]) == "dotnet" && line[1] == "run")
        {
            return "dotnet run";
        }
        if (line.Length > 0 && Path.GetFileName(line[0]) == "Aspire.Dashboard")
        {
            return "dashboard";
        }
        return line.Length > 0 && Path.GetFileName(line[0]) is { Length: > 0 } program ? program : process.Name;
    }

    private static ProcessInfo? Read(int pid)
    {
        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").TrimEnd('\0').Split('\0');
            var environment = File.ReadAllText($"/proc/{pid}/environ").Split('\0').ToHashSet(StringComparer.Ordinal);
            var name = File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n');
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces and parentheses: the fields start after the last ')',
            // with the state (field 3), the parent (4) and the start time in ticks (22).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            string? workingDirectory;
            try
            {
                workingDirectory = new FileInfo($"/proc/{pid}/cwd").LinkTarget;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                workingDirectory = null;
            }
            return new ProcessInfo(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[19], CultureInfo.InvariantCulture), name, commandLine, environment, workingDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone meanwhile, a kernel thread, or someone else's.
            return null;
        }
    }

    private sealed record ProcessInfo(
        int Pid,
        int ParentPid,
        long StartTime,
        string Name,
        string[] CommandLine,
        HashSet<string> Environment,
        string? WorkingDirectory);
}
