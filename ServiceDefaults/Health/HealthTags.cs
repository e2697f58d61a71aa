namespace Telehealth.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks that say the process answers at all.</summary>
    public const string Live = "live";

    /// <summary>Checks that say the service can do its work (database, broker).</summary>
    public const string Ready = "ready";

    /// <summary>Whether a check counts toward readiness: every check but those that only say the process is alive.</summary>
    public static bool IsReadiness(IEnumerable<string> tags) => !tags.Contains(Live) || tags.Contains(Ready);
}
