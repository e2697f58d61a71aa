using System.Globalization;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.TherapistConsole.Components.Scheduling;

/// <summary>One span of weekly hours as the therapist edits it: a day and local times.</summary>
public sealed class HoursRow
{
    public Weekday Day { get; init; }

    public TimeOnly Start { get; set; } = new(9, 0);

    public TimeOnly End { get; set; } = new(17, 0);

    /// <summary>"09:00–12:30".</summary>
    public string Span => $"{Text(Start)}–{Text(End)}";

    public DailyHours ToHours() => new() { Day = Day, StartTime = Text(Start), EndTime = Text(End) };

    /// <summary>A time as the service writes it, "HH:mm" or "HH:mm:ss"; midnight when it is neither.</summary>
    public static TimeOnly Parse(string time) =>
        TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : TimeOnly.MinValue;

    private static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
