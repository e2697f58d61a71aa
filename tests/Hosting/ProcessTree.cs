namespace Telehealth.Testing.Hosting;

/// <summary>Processes as Linux shows them in /proc: who started whom, and with what command line.</summary>
public static class ProcessTree
{
    /// <summary>Every live process started under <paramref name="processId"/>, children first.</summary>
    public static IReadOnlyList<int> Descendants(int processId)
    {
        var children = Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(name => (Pid: int.Parse(name!), Parent: ParentOf(int.Parse(name!))))
            .Where(pair => pair.Parent is not null)
            .ToLookup(pair => pair.Parent!.Value, pair => pair.Pid);
        var found = new List<int>();
        var pending = new Queue<int>([processId]);
        while (pending.TryDequeue(out var parent))
        {
            foreach (var child in children[parent])
            {
                found.Add(child);
                pending.Enqueue(child);
            }
        }
        return found;
    }

    /// <summary>The command line with its arguments separated by spaces, or "(exited)".</summary>
    public static string CommandLine(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "(exited)";
        }
    }

    private static int? ParentOf(int processId)
    {
        try
        {
            // After the command name in parentheses: the state, then the parent's id.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
