using System.Diagnostics;

namespace Telehealth.Testing.Hosting;

/// <summary>Installs a Debian package on first use when running as root, as Aspire pulls an image.</summary>
public static class DebianPackages
{
    public static async Task EnsureInstalledAsync(string package, string probePath, CancellationToken cancellationToken)
    {
        if (File.Exists(probePath))
        {
            return;
        }
        if (Environment.UserName != "root")
        {
            throw new MissingDependencyException($"{package} is not installed: run 'sudo apt-get install -y {package}'");
        }
        Console.WriteLine($"installing Debian package {package}");
        if (await AptGetAsync(["install", "-y", "-qq", package], cancellationToken) != 0)
        {
            await AptGetAsync(["update", "-qq"], cancellationToken);
            if (await AptGetAsync(["install", "-y", "-qq", package], cancellationToken) != 0 || !File.Exists(probePath))
            {
                throw new MissingDependencyException($"installing {package} failed: run 'apt-get install -y {package}' to see why");
            }
        }
    }

    private static async Task<int> AptGetAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        var drainOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var drainErrors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await Task.WhenAll(drainOutput, drainErrors);
        return process.ExitCode;
    }
}
