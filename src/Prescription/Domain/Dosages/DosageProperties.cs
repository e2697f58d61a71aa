using System.Globalization;

namespace Telehealth.Prescription.Domain;

internal static class DosageProperties
{
    public static IReadOnlyList<DosageProperty> All { get; } =
    [
        new("sets", DosageFields.Sets, d => Text(d.Sets)),
        new("reps_min", DosageFields.Reps, d => Text(d.RepsMin)),
        new("reps_max", DosageFields.Reps, d => Text(d.RepsMax)),
        new("hold_seconds", DosageFields.Hold, d => Text(d.HoldSeconds)),
        new("load_kg", DosageFields.Load, d => Text(d.LoadKg)),
        new("range_of_motion_degrees", DosageFields.RangeOfMotion, d => Text(d.RangeOfMotionDegrees)),
        new("minutes", DosageFields.Minutes, d => Text(d.Minutes)),
        new("sessions_per_week", DosageFields.Frequency, d => Text(d.SessionsPerWeek)),
        new("days", DosageFields.Frequency, d => d.Days == WeekDays.None ? null : d.Days.ToShortText()),
        new("rpe_target", DosageFields.Intensity, d => Text(d.RpeTarget)),
        new("holds_per_side", DosageFields.HoldsPerSide, d => Text(d.HoldsPerSide)),
        new("interval_minutes", DosageFields.Interval, d => Text(d.IntervalMinutes)),
    ];

    public static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Text(decimal? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);
}
