using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Telehealth.ServiceDefaults.Hosting;

/// <summary>
/// Stops the service when the process that started it is gone. The AppHost normally stops its
/// services itself; if it is killed outright, this keeps them from running on as orphans.
/// </summary>
internal sealed class ParentProcessWatcher(IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<ParentProcessWatcher> logger) : BackgroundService
{
    public const string ParentProcessIdKey = "TELEHEALTH_PARENT_PID";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!int.TryParse(configuration[ParentProcessIdKey], out var parent) || !OperatingSystem.IsLinux())
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!Directory.Exists($"/proc/{parent}"))
                {
                    logger.LogWarning("The process that started this service ({Parent}) is gone; stopping", parent);
                    lifetime.StopApplication();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
