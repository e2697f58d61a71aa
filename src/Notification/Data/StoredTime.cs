namespace Telehealth.Notification.Data;

internal static class StoredTime
{
    /// <summary>
    /// Now, to the millisecond. The database keeps instants to a tenth of a millisecond, so an
    /// answer built from memory would otherwise show a time a later read does not.
    /// </summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
