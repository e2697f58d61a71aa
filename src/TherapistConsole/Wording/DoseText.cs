using System.Globalization;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.TherapistConsole.Wording;

/// <summary>A dose in words from the fields that are set, as the command line writes it: "3 × 8–12 reps, 20 kg, hold 10 s".</summary>
public static class DoseText
{
    public static string Of(Dosage? dosage)
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
            parts.Add($"{dosage.LoadKg.ToString("0.##", CultureInfo.InvariantCulture)} kg");
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
        return parts.Count == 0 ? "—" : string.Join(", ", parts);
    }
}
