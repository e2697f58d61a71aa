using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Benchmarks.Load;

/// <summary>A simulated patient: who they are, their therapist, their programme and the report they send.</summary>
public sealed class SimulatedPatient(int index, Caller caller, SimulatedTherapist therapist)
{
    public int Index { get; } = index;

    public Caller Caller { get; } = caller;

    public SimulatedTherapist Therapist { get; } = therapist;

    public Programme Programme { get; private set; } = null!;

    private SubmitSessionReportRequest _report = null!;

    /// <summary>Set once prescribed; builds the session report this patient sends (every exercise done, below its target).</summary>
    public void Prescribed(Programme programme)
    {
        Programme = programme;
        var report = new SubmitSessionReportRequest
        {
            PatientId = Caller.IdText,
            ProgrammeId = programme.ProgrammeId,
            ProgrammeVersion = programme.Version,
        };
        foreach (var item in programme.Items)
        {
            if (ResultFor(item) is { } result)
            {
                report.Exercises.Add(result);
            }
        }
        _report = report;
    }

    /// <summary>
    /// A new report done now: pain 3 → 3 (no flare), or 2 → 5 for a flare (a rise of 3 points; above
    /// the flare threshold of 2, not above the acceptable 5).
    /// </summary>
    public SubmitSessionReportRequest NewReport(bool flare)
    {
        var report = _report.Clone();
        report.ReportId = Guid.NewGuid().ToString();
        report.PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
        report.PainBefore = flare ? 2 : 3;
        report.PainAfter = flare ? 5 : 3;
        foreach (var exercise in report.Exercises)
        {
            exercise.PainDuring = report.PainAfter;
        }
        return report;
    }

    // Sets at the bottom of the rep range and holds or minutes short of the target, so that no
    // report earns a progression: the only alerts are the flares the benchmark sends.
    private static ExerciseResult? ResultFor(ProgrammeItem item)
    {
        var dosage = item.Dosage;
        if (dosage is null || dosage.HasIntervalMinutes)
        {
            return null; // movement breaks are not part of a session
        }
        var result = new ExerciseResult { ItemId = item.ItemId, Rpe = 5 };
        var sets = dosage.HasSets ? dosage.Sets : dosage.HasHoldsPerSide ? dosage.HoldsPerSide : 1;
        for (var i = 0; i < Math.Max(1, sets); i++)
        {
            var set = new SetResult();
            if (dosage.HasRepsMin)
            {
                set.Reps = dosage.RepsMin;
            }
            if (dosage.HasLoadKg)
            {
                set.LoadKg = dosage.LoadKg;
            }
            if (dosage.HasHoldSeconds)
            {
                set.HoldSeconds = dosage.HasRepsMin ? dosage.HoldSeconds : Math.Max(1, dosage.HoldSeconds - 5);
            }
            if (dosage.HasMinutes)
            {
                set.Minutes = Math.Max(1, dosage.Minutes - 3);
            }
            if (!set.HasReps && !set.HasHoldSeconds && !set.HasMinutes)
            {
                set.Reps = 8;
            }
            result.Sets.Add(set);
        }
        return result;
    }
}

public sealed class SimulatedTherapist(int index, Caller caller)
{
    public int Index { get; } = index;

    public Caller Caller { get; } = caller;
}

/// <summary>Every patient and therapist of the run; patient i belongs to therapist i mod T.</summary>
public sealed class Population
{
    private Population(IReadOnlyList<SimulatedTherapist> therapists, IReadOnlyList<SimulatedPatient> patients)
    {
        Therapists = therapists;
        Patients = patients;
        ById = patients.ToDictionary(p => p.Caller.IdText);
    }

    public IReadOnlyList<SimulatedTherapist> Therapists { get; }

    public IReadOnlyList<SimulatedPatient> Patients { get; }

    public IReadOnlyDictionary<string, SimulatedPatient> ById { get; }

    public static Population Create(int patients, int therapists, DevelopmentIdentity identity)
    {
        var team = Enumerable.Range(0, therapists)
            .Select(i => new SimulatedTherapist(i, new Caller(Guid.NewGuid(), CallerRole.Therapist, identity)))
            .ToArray();
        var people = new SimulatedPatient[patients];
        Parallel.For(0, patients, i => people[i] = new SimulatedPatient(i, new Caller(Guid.NewGuid(), CallerRole.Patient, identity), team[i % therapists]));
        return new Population(team, people);
    }
}
