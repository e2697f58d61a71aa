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

    public static bool IsAlive(int processId) => Directory.Exists($"/proc/{processId}") && !File.ReadAllText($"/proc/{processId}/stat").Contains(") Z ");
}
