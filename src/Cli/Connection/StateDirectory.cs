using Telehealth.Cli.Hosting;

namespace Telehealth.Cli.Connection;

/// <summary>
/// Where the AppHost keeps its state (apphost.json, the signing key): --state-dir, else
/// TELEHEALTH_STATE_DIR, else .state in the repository (the folder holding Telehealth.sln).
/// </summary>
internal static class StateDirectory
{
    public const string Variable = "TELEHEALTH_STATE_DIR";
    public const string DefaultName = ".state";
    private const string SolutionFile = "Telehealth.sln";

    public static string Resolve(string? option, CliEnvironment environment)
    {
        if ((option ?? environment.Get(Variable)) is { } chosen)
        {
            return Path.GetFullPath(chosen);
        }
        foreach (var start in environment.SearchFrom)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return Path.Combine(directory.FullName, DefaultName);
                }
            }
        }
        return Path.GetFullPath(Path.Combine(environment.SearchFrom.FirstOrDefault() ?? ".", DefaultName));
    }
}
