using System.Diagnostics;
using Telehealth.AppHost.Model;

namespace Telehealth.AppHost.Orchestration;

/// <summary>Builds the service projects once, in Release, before anything starts.</summary>
public static class ProjectBuild
{
    public static async Task BuildAsync(IEnumerable<ProjectResource> projects, CancellationToken cancellationToken)
    {
        foreach (var project in projects)
        {
            Console.WriteLine($"building {project.Name}");
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "build", project.ProjectFile, "-c", "Release", "-nologo", "-v", "quiet" })
            {
                info.ArgumentList.Add(argument);
            }
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"building {project.Name} failed:\n{await output}{await errors}");
            }
        }
    }
}
