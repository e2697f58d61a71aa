using System.Globalization;

namespace Telehealth.Contracts.Prescription.V1;

/// <summary>
/// A dosage in words from the fields that are set, e.g. "3 × 8–12 reps, hold 10 s, 20 kg, Mon/Wed/Fri":
/// one wording for every client of the API (the command line, the therapist's console), so the
/// same dose reads the same everywhere.
/// </summary>
public static class DosageWords
{
    /// <param name="withDays">False where the days are shown apart, in a column of their own.</param>
    public static string Describe(Dosage? dosage, bool withDays = true)
    {
        if (dosage is null)
        {
            return "—";
        }
        var parts = new List<string>();
        var reps = (dosage.HasRepsMin, dosage.HasRepsMax) switch
        {
            (true, true) when dosage.RepsMin != dosage.RepsMax => $"{dosage.RepsMin}–{dosage.RepsMax} reps",
            (true, _) => $"{dosage.RepsMin} reps",
            (_, true) => $"{dosage.RepsMax} reps",
            _ => null,
        };
        if (dosage.HasSets)
        {
            parts.Add(reps is null ? $"{dosage.Sets} sets" : $"{dosage.Sets} × {reps}");
        }
        else if (reps is not null)
        {
            parts.Add(reps);
        }
        if (dosage.HasHoldSeconds)
        {
            parts.Add($"hold {dosage.HoldSeconds} s");
        }
        if (dosage.HasHoldsPerSide)
        {
            parts.Add($"{dosage.HoldsPerSide} per side");
        }
        if (dosage.HasLoadKg)
        {
            parts.Add($"{Kilograms(dosage.LoadKg)} kg");
        }
        if (dosage.HasRangeOfMotionDegrees)
        {
            parts.Add($"{dosage.RangeOfMotionDegrees}°");
        }
        if (dosage.HasMinutes)
        {
            parts.Add($"{dosage.Minutes} min");
        }
        if (dosage.HasRpeTarget)
        {
            parts.Add($"RPE {dosage.RpeTarget}");
        }
        if (dosage.HasIntervalMinutes)
        {
            parts.Add($"every {dosage.IntervalMinutes} min");
        }
        if (dosage.HasSessionsPerWeek)
        {
            parts.Add($"{dosage.SessionsPerWeek}×/week");
        }
        if (withDays && dosage.Days.Count > 0)
        {
            parts.Add(string.Join('/', dosage.Days.Select(Day)));
        }
        return parts.Count == 0 ? "—" : string.Join(", ", parts);
    }

    /// <summary>A day's three-letter name: "Mon".</summary>
    public static string Day(Weekday day) => day.ToString()[..3];

    /// <summary>A load as the equipment shows it: "20", "2.5".</summary>
    public static string Kilograms(double kilograms) => kilograms.ToString("0.##", CultureInfo.InvariantCulture);
}
