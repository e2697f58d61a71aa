namespace Telehealth.TherapistConsole.Components.Doses;

/// <summary>The numbers a dose can have, in the order the forms show them.</summary>
public static class DoseFields
{
    /// <summary>The group of sessions per week and days: an exercise that uses one uses both.</summary>
    public const string Frequency = "Frequency";

    public static readonly DoseField Sets = new("sets", "Sets", "Sets");
    public static readonly DoseField RepsMin = new("reps_min", "Reps", "Reps, at least");
    public static readonly DoseField RepsMax = new("reps_max", "Reps", "Reps, at most");
    public static readonly DoseField HoldSeconds = new("hold_seconds", "Hold", "Hold, seconds");
    public static readonly DoseField HoldsPerSide = new("holds_per_side", "HoldsPerSide", "Holds per side");
    public static readonly DoseField LoadKg = new("load_kg", "Load", "Load, kg", Min: 0);
    public static readonly DoseField RangeOfMotion = new("range_of_motion_degrees", "RangeOfMotion", "Range of motion, degrees");
    public static readonly DoseField Minutes = new("minutes", "Minutes", "Minutes");
    public static readonly DoseField RpeTarget = new("rpe_target", "Intensity", "Target effort, RPE 1–10");
    public static readonly DoseField IntervalMinutes = new("interval_minutes", "Interval", "Minutes between breaks");
    public static readonly DoseField SessionsPerWeek = new("sessions_per_week", Frequency, "Sessions per week");

    /// <summary>The field that holds the days of the week, by its API name.</summary>
    public const string Days = "days";

    public static IReadOnlyList<DoseField> All { get; } =
        [Sets, RepsMin, RepsMax, HoldSeconds, HoldsPerSide, LoadKg, RangeOfMotion, Minutes, RpeTarget, IntervalMinutes, SessionsPerWeek];

    /// <summary>Whether a form for an exercise using <paramref name="groups"/> has an input for the field the API calls <paramref name="name"/>.</summary>
    public static bool HasInput(string name, IReadOnlySet<string> groups) =>
        name == Days ? groups.Contains(Frequency) : All.Any(field => field.Name == name && groups.Contains(field.Group));
}
