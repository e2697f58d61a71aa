using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.TherapistConsole.Components.Doses;

/// <summary>
/// A dose as the therapist edits it: every number may be empty. It becomes the API's Dosage with
/// only the groups the exercise uses, so a field the exercise has no use for is never sent.
/// </summary>
public sealed class DoseForm
{
    public int? Sets { get; set; }
    public int? RepsMin { get; set; }
    public int? RepsMax { get; set; }
    public int? HoldSeconds { get; set; }
    public int? HoldsPerSide { get; set; }
    public double? LoadKg { get; set; }
    public int? RangeOfMotionDegrees { get; set; }
    public int? Minutes { get; set; }
    public int? RpeTarget { get; set; }
    public int? IntervalMinutes { get; set; }
    public int? SessionsPerWeek { get; set; }
    public HashSet<Weekday> Days { get; } = [];

    public static DoseForm From(Dosage? dosage)
    {
        var form = new DoseForm();
        if (dosage is null)
        {
            return form;
        }
        form.Sets = dosage.HasSets ? dosage.Sets : null;
        form.RepsMin = dosage.HasRepsMin ? dosage.RepsMin : null;
        form.RepsMax = dosage.HasRepsMax ? dosage.RepsMax : null;
        form.HoldSeconds = dosage.HasHoldSeconds ? dosage.HoldSeconds : null;
        form.HoldsPerSide = dosage.HasHoldsPerSide ? dosage.HoldsPerSide : null;
        form.LoadKg = dosage.HasLoadKg ? dosage.LoadKg : null;
        form.RangeOfMotionDegrees = dosage.HasRangeOfMotionDegrees ? dosage.RangeOfMotionDegrees : null;
        form.Minutes = dosage.HasMinutes ? dosage.Minutes : null;
        form.RpeTarget = dosage.HasRpeTarget ? dosage.RpeTarget : null;
        form.IntervalMinutes = dosage.HasIntervalMinutes ? dosage.IntervalMinutes : null;
        form.SessionsPerWeek = dosage.HasSessionsPerWeek ? dosage.SessionsPerWeek : null;
        form.Days.UnionWith(dosage.Days.Where(day => day != Weekday.Unspecified));
        return form;
    }

    /// <summary>The groups whose fields hold a value: what a dose shows it uses when its exercise is not at hand.</summary>
    public IReadOnlySet<string> GroupsInUse()
    {
        var groups = new HashSet<string>();
        void Add(DoseField field, bool set)
        {
            if (set)
            {
                groups.Add(field.Group);
            }
        }
        Add(DoseFields.Sets, Sets is not null);
        Add(DoseFields.RepsMin, RepsMin is not null || RepsMax is not null);
        Add(DoseFields.HoldSeconds, HoldSeconds is not null);
        Add(DoseFields.HoldsPerSide, HoldsPerSide is not null);
        Add(DoseFields.LoadKg, LoadKg is not null);
        Add(DoseFields.RangeOfMotion, RangeOfMotionDegrees is not null);
        Add(DoseFields.Minutes, Minutes is not null);
        Add(DoseFields.RpeTarget, RpeTarget is not null);
        Add(DoseFields.IntervalMinutes, IntervalMinutes is not null);
        Add(DoseFields.SessionsPerWeek, SessionsPerWeek is not null || Days.Count > 0);
        return groups;
    }

    /// <summary>The dose with the values of <paramref name="groups"/> only; empty fields stay unset.</summary>
    public Dosage ToDosage(IReadOnlySet<string> groups)
    {
        var dosage = new Dosage();
        bool Uses(DoseField field) => groups.Contains(field.Group);
        if (Uses(DoseFields.Sets) && Sets is { } sets) dosage.Sets = sets;
        if (Uses(DoseFields.RepsMin) && RepsMin is { } repsMin) dosage.RepsMin = repsMin;
        if (Uses(DoseFields.RepsMax) && RepsMax is { } repsMax) dosage.RepsMax = repsMax;
        if (Uses(DoseFields.HoldSeconds) && HoldSeconds is { } hold) dosage.HoldSeconds = hold;
        if (Uses(DoseFields.HoldsPerSide) && HoldsPerSide is { } holds) dosage.HoldsPerSide = holds;
        if (Uses(DoseFields.LoadKg) && LoadKg is { } load) dosage.LoadKg = load;
        if (Uses(DoseFields.RangeOfMotion) && RangeOfMotionDegrees is { } range) dosage.RangeOfMotionDegrees = range;
        if (Uses(DoseFields.Minutes) && Minutes is { } minutes) dosage.Minutes = minutes;
        if (Uses(DoseFields.RpeTarget) && RpeTarget is { } rpe) dosage.RpeTarget = rpe;
        if (Uses(DoseFields.IntervalMinutes) && IntervalMinutes is { } interval) dosage.IntervalMinutes = interval;
        if (Uses(DoseFields.SessionsPerWeek))
        {
            if (SessionsPerWeek is { } perWeek)
            {
                dosage.SessionsPerWeek = perWeek;
            }
            dosage.Days.AddRange(Days.Order());
        }
        return dosage;
    }
}
