using Google.Protobuf.WellKnownTypes;
using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Grpc;

/// <summary>The checks the scheduling API's fields need, adding to <see cref="FieldErrors"/>.</summary>
internal static class RequestFields
{
    public static DateTimeZone? TimeZone(this FieldErrors errors, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required (an IANA time zone such as Europe/London)");
            return null;
        }
        var zone = WallClock.FindZone(value);
        if (zone is null)
        {
            // The value itself is not repeated: answers are logged and shown, and free text may be anything.
            errors.Add(field, "is not an IANA time zone (such as Europe/London)");
        }
        return zone;
    }

    public static LocalTime? Time(this FieldErrors errors, string field, string value)
    {
        var time = WallClock.ParseTime(value);
        if (time is null)
        {
            errors.Add(field, string.IsNullOrWhiteSpace(value) ? "is required (HH:MM)" : "must be a local time, HH:MM");
        }
        return time;
    }

    public static IsoDayOfWeek? Day(this FieldErrors errors, string field, Proto.Weekday day)
    {
        if (day is < Proto.Weekday.Monday or > Proto.Weekday.Sunday)
        {
            errors.Add(field, "must be a day of the week");
            return null;
        }
        return (IsoDayOfWeek)(int)day;
    }

    /// <summary>An instant, kept to the second (see <see cref="WallClock.ToSecond"/>).</summary>
    public static Instant? Instant(this FieldErrors errors, string field, Timestamp? value, bool required = true) =>
        errors.Timestamp(field, value, required) is { } at ? WallClock.ToSecond(NodaTime.Instant.FromDateTimeOffset(at)) : null;

    /// <summary>Daily hours: a day, a start and an end after it.</summary>
    public static DailyHours? Hours(this FieldErrors errors, string field, Proto.DailyHours hours)
    {
        var day = errors.Day($"{field}.day", hours.Day);
        var start = errors.Time($"{field}.start_time", hours.StartTime);
        var end = errors.Time($"{field}.end_time", hours.EndTime);
        if (start is { } from && end is { } to && to <= from)
        {
            errors.Add($"{field}.end_time", "must be after start_time");
            return null;
        }
        return day is { } d && start is { } s && end is { } e ? new DailyHours(d, s, e) : null;
    }

    /// <summary>Hours on the same day must not overlap; names the later entry.</summary>
    public static void NoOverlaps(this FieldErrors errors, string field, IReadOnlyList<DailyHours?> hours)
    {
        for (var i = 0; i < hours.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (hours[i] is { } later && hours[j] is { } earlier && later.Day == earlier.Day && later.Start < earlier.End && earlier.Start < later.End)
                {
                    errors.Add($"{field}[{i}]", $"overlaps {field}[{j}]");
                }
            }
        }
    }

    public static Timestamp ToTimestamp(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    public static Timestamp ToTimestamp(this Instant instant) => Timestamp.FromDateTimeOffset(instant.ToDateTimeOffset());

    public static Proto.Weekday ToProto(this IsoDayOfWeek day) => (Proto.Weekday)(int)day;
}
