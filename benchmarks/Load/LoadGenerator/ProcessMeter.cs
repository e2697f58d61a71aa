using System.Diagnostics;
using System.Globalization;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// CPU time and peak memory of the processes under test, from /proc: user + system time
/// (utime + stime) in clock ticks, and VmHWM (peak resident set). One name may stand for several
/// processes (the broker: the Erlang VM and epmd; the orchestration: the AppHost, DCP, the
/// dashboard...), summed, and each may be counted with its descendants (the Erlang VM's helpers).
/// </summary>
public sealed class ProcessMeter
{
    private static readonly double TicksPerSecond = ClockTicksPerSecond();
    private readonly List<Watched> _watched = [];

    public IReadOnlyList<string> Names => _watched.Select(w => w.Name).ToList();

    public void Watch(string name, int pid, bool withDescendants) => Watch(name, [pid], withDescendants);

    public void Watch(string name, IReadOnlyCollection<int> pids, bool withDescendants) => _watched.Add(new Watched(name, [.. pids], withDescendants));

    /// <summary>CPU seconds used so far, per watched process (with its descendants if asked).</summary>
    public Dictionary<string, double> CpuSeconds()
    {
        var children = _watched.Any(w => w.WithDescendants) ? ChildrenByParent() : [];
        var result = new Dictionary<string, double>();
        foreach (var watched in _watched)
        {
            result[watched.Name] = Tree(watched, children).Sum(pid => CpuTicks(pid)) / TicksPerSecond;
        }
        return result;
    }

    /// <summary>Peak resident memory in MiB (VmHWM), summed over the tree for a process watched with its descendants.</summary>
    public Dictionary<string, double> PeakMemoryMiB()
    {
        var children = _watched.Any(w => w.WithDescendants) ? ChildrenByParent() : [];
        var result = new Dictionary<string, double>();
        foreach (var watched in _watched)
        {
            result[watched.Name] = Tree(watched, children).Sum(pid => StatusKiB(pid, "VmHWM:")) / 1024.0;
        }
        return result;
    }

    /// <summary>Whether every process watched under <paramref name="name"/> is still there.</summary>
    public bool IsAlive(string name) => _watched.First(w => w.Name == name).Pids.All(pid => Directory.Exists($"/proc/{pid}"));

    /// <summary>
    /// Waits until every watched process uses less than <paramref name="coreFraction"/> of a core
    /// over <paramref name="quietFor"/> (background loops and telemetry export keep a little), or
    /// until <paramref name="atMost"/>. Returns how long it waited and whether it became quiet.
    /// </summary>
    public async Task<(TimeSpan Waited, bool Quiet)> SettleAsync(TimeSpan atMost, TimeSpan quietFor, double coreFraction = 0.10, IEnumerable<string>? only = null)
    {
        var names = (only ?? Names).ToHashSet();
        var clock = Stopwatch.StartNew();
        var previous = CpuSeconds();
        var quietSince = clock.Elapsed;
        var step = TimeSpan.FromMilliseconds(500);
        while (clock.Elapsed < atMost)
        {
            await Task.Delay(step);
            var now = CpuSeconds();
            var busy = names.Any(n => now[n] - previous[n] > coreFraction * step.TotalSeconds);
            previous = now;
            if (busy)
            {
                quietSince = clock.Elapsed;
            }
            else if (clock.Elapsed - quietSince >= quietFor)
            {
                return (clock.Elapsed, true);
            }
        }
        return (clock.Elapsed, false);
    }

    private static IEnumerable<int> Tree(Watched watched, Dictionary<int, List<int>> children)
    {
        foreach (var pid in watched.Pids)
        {
            yield return pid;
        }
        if (!watched.WithDescendants)
        {
            yield break;
        }
        var pending = new Stack<int>(watched.Pids.SelectMany(pid => children.GetValueOrDefault(pid) ?? []));
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            yield return pid;
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                pending.Push(child);
            }
        }
    }

    private static Dictionary<int, List<int>> ChildrenByParent()
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || StatFields(pid) is not { } fields)
            {
                continue;
            }
            // Fields after "(comm) ": state, ppid, ...
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
        }
        return children;
    }

    private static long CpuTicks(int pid) =>
        StatFields(pid) is { } fields
            ? long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
            : 0;

    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces and parentheses: the fields start after the last ')'.
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long StatusKiB(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }

    private static double ClockTicksPerSecond()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
            var text = getconf.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return double.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or FormatException)
        {
            return 100;
        }
    }

    private sealed record Watched(string Name, int[] Pids, bool WithDescendants);
}
