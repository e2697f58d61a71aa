namespace Telehealth.Cli.Tests.Infrastructure;

/// <summary>The real clock, but a chosen local time zone, so times typed and shown do not depend on the machine.</summary>
internal sealed class FixedZoneClock(TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;
}
