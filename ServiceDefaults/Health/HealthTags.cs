namespace Telehealth.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks that say the process answers at all.</summary>
    public const string Live = "live";

    /// <summary>Checks that say the service can do its work (database, broker).</summary>
    public const string Ready = "ready";
}
