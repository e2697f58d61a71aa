namespace Telehealth.AppHost.Dashboard.Resources;

/// <summary>What the dashboard knows of the running system, and what an operator may do to it.</summary>
public interface IResourceCatalog
{
    IReadOnlyList<ResourceSnapshot> Resources();

    /// <summary>Console lines after <paramref name="afterSequence"/> (-1 for all kept), containing <paramref name="search"/> if given; null for an unknown resource.</summary>
    IReadOnlyList<ConsoleLine>? ConsoleLog(string resource, long afterSequence = -1, string? search = null);

    Task StartAsync(string resource, CancellationToken cancellationToken);

    Task StopAsync(string resource, CancellationToken cancellationToken);

    Task RestartAsync(string resource, CancellationToken cancellationToken);
}
