namespace Telehealth.AppHost.Tests;

/// <summary>The environment a running process was started with, as Linux keeps it in /proc.</summary>
internal static class ProcessEnvironment
{
    public static IReadOnlyDictionary<string, string> Of(int processId)
    {
        var raw = File.ReadAllText($"/proc/{processId}/environ");
        return raw.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0])
            .ToDictionary(group => group.Key, group => group.Last()[1]);
    }

    /// <summary>Live processes started with TELEHEALTH_TEST_MARKER=<paramref name="marker"/>: what one run started.</summary>
    public static IReadOnlyList<int> Marked(string marker) =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(name => int.Parse(name!))
            .Where(pid =>
            {
                try
                {
                    return pid != Environment.ProcessId && IsAlive(pid) && Of(pid).GetValueOrDefault("TELEHEALTH_TEST_MARKER") == marker;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return false;
                }
            })
            .ToList();

    /// <summary>Ends what a run left behind (processes this test started), tolerating ones that exit meanwhile.</summary>
    public static void KillMarked(string marker)
    {
        foreach (var leftover in Marked(marker))
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(leftover).Kill(entireProcessTree: true);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // It ended on its own in the meantime.
            }
        }
    }

    public static bool IsAlive(int processId) => Directory.Exists($"/proc/{processId}") && !File.ReadAllText($"/proc/{processId}/stat").Contains(") Z ");
}
