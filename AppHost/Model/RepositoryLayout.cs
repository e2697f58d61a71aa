namespace Telehealth.AppHost.Model;

internal static class RepositoryLayout
{
    /// <summary>The folder holding Telehealth.sln, above the AppHost's build output.</summary>
    public static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Telehealth.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"Telehealth.sln was not found above {AppContext.BaseDirectory}.");
    }
}
