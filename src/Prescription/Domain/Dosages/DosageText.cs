namespace Telehealth.Prescription.Domain;

internal static class DosageText
{
    public static string Describe(Dosage d)
    {
        var parts = new List<string>();
        var reps = d.RepsMin is { } min && d.RepsMax is { } max
            ? min == max ? $"{max} reps" : $"{min}–{max} reps"
            : null;

        if (d.Sets is { } sets)
        {
            parts.Add(reps is null ? $"{sets} sets" : $"{sets} × {reps}");
        }
        else if (reps is not null)
        {
            parts.Add(reps);
        }

        if (d.HoldsPerSide is { } holds)
        {
            parts.Add($"{holds} holds per side");
        }

        if (d.HoldSeconds is { } hold)
        {
            parts.Add($"hold {hold} s");
        }

        if (d.LoadKg is { } load)
        {
            parts.Add($"{DosageProperties.Text(load)} kg");
        }

        if (d.RangeOfMotionDegrees is { } rom)
        {
            parts.Add($"range {rom}°");
        }

        if (d.Minutes is { } minutes)
        {
            parts.Add($"{minutes} min");
        }

        if (d.RpeTarget is { } rpe)
        {
            parts.Add($"RPE {rpe}");
        }

        if (d.IntervalMinutes is { } interval)
        {
            parts.Add($"every {interval} min");
        }

        if (d.SessionsPerWeek is { } perWeek)
        {
            parts.Add($"{perWeek}×/week");
        }
        else if (d.Days != WeekDays.None)
        {
            parts.Add(d.Days.ToShortText());
        }

        return parts.Count == 0 ? "no dosage" : string.Join(", ", parts);
    }
}
