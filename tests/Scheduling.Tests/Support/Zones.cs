using NodaTime;
using NodaTime.Text;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Tests.Support;

internal static class Zones
{
    public static DateTimeZone Of(string id) => WallClock.FindZone(id) ?? throw new ArgumentException($"No zone {id}.");

    public static Instant Utc(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static LocalTime Time(string text) => WallClock.ParseTime(text) ?? throw new ArgumentException(text);
}
