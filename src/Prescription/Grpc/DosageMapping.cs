using Telehealth.Prescription.Domain;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Grpc;

/// <summary>Between the API's Dosage message and the domain's.</summary>
internal static class DosageMapping
{
    private static readonly (Proto.Weekday Proto, WeekDays Domain)[] Days =
    [
        (Proto.Weekday.Monday, WeekDays.Monday),
        (Proto.Weekday.Tuesday, WeekDays.Tuesday),
        (Proto.Weekday.Wednesday, WeekDays.Wednesday),
        (Proto.Weekday.Thursday, WeekDays.Thursday),
        (Proto.Weekday.Friday, WeekDays.Friday),
        (Proto.Weekday.Saturday, WeekDays.Saturday),
        (Proto.Weekday.Sunday, WeekDays.Sunday),
    ];

    public static Dosage ToDomain(Proto.Dosage? dosage)
    {
        if (dosage is null)
        {
            return new Dosage();
        }
        return new Dosage
        {
            Sets = dosage.HasSets ? dosage.Sets : null,
            RepsMin = dosage.HasRepsMin ? dosage.RepsMin : null,
            RepsMax = dosage.HasRepsMax ? dosage.RepsMax : null,
            HoldSeconds = dosage.HasHoldSeconds ? dosage.HoldSeconds : null,
            LoadKg = dosage.HasLoadKg ? Kilograms(dosage.LoadKg) : null,
            RangeOfMotionDegrees = dosage.HasRangeOfMotionDegrees ? dosage.RangeOfMotionDegrees : null,
            Minutes = dosage.HasMinutes ? dosage.Minutes : null,
            SessionsPerWeek = dosage.HasSessionsPerWeek ? dosage.SessionsPerWeek : null,
            Days = dosage.Days.Aggregate(WeekDays.None, (days, day) => days | Days.FirstOrDefault(d => d.Proto == day).Domain),
            RpeTarget = dosage.HasRpeTarget ? dosage.RpeTarget : null,
            HoldsPerSide = dosage.HasHoldsPerSide ? dosage.HoldsPerSide : null,
            IntervalMinutes = dosage.HasIntervalMinutes ? dosage.IntervalMinutes : null,
        };
    }

    public static Proto.Dosage ToProto(Dosage dosage)
    {
        var proto = new Proto.Dosage();
        if (dosage.Sets is { } sets) proto.Sets = sets;
        if (dosage.RepsMin is { } repsMin) proto.RepsMin = repsMin;
        if (dosage.RepsMax is { } repsMax) proto.RepsMax = repsMax;
        if (dosage.HoldSeconds is { } hold) proto.HoldSeconds = hold;
        if (dosage.LoadKg is { } load) proto.LoadKg = (double)load;
        if (dosage.RangeOfMotionDegrees is { } range) proto.RangeOfMotionDegrees = range;
        if (dosage.Minutes is { } minutes) proto.Minutes = minutes;
        if (dosage.SessionsPerWeek is { } perWeek) proto.SessionsPerWeek = perWeek;
        proto.Days.AddRange(Days.Where(d => dosage.Days.HasFlag(d.Domain)).Select(d => d.Proto));
        if (dosage.RpeTarget is { } rpe) proto.RpeTarget = rpe;
        if (dosage.HoldsPerSide is { } holds) proto.HoldsPerSide = holds;
        if (dosage.IntervalMinutes is { } interval) proto.IntervalMinutes = interval;
        return proto;
    }

    /// <summary>Days of week for events and the schedule.</summary>
    public static IReadOnlyList<DayOfWeek> DaysOf(WeekDays days) =>
        Enum.GetValues<DayOfWeek>().Where(day => days.HasFlag(Days[((int)day + 6) % 7].Domain)).ToList();

    /// <summary>
    /// Kilograms as they arrive, a double, on the equipment's grid (at most 0.01 kg fine); NaN,
    /// infinities and numbers past any load become -1, which every load check refuses, since
    /// converting them to decimal throws.
    /// </summary>
    public static decimal Kilograms(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 100_000 ? Math.Round((decimal)value, 2) : -1;
}
