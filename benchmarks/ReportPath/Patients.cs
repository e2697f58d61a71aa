using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Benchmarks.ReportPath;

/// <summary>
/// The patients of a run: each has a programme of four exercises (phase 2 of the chronic low back
/// pain template) that progress has heard of, and reports sessions of it.
/// </summary>
internal sealed class Patients
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Proto.RedFlag[] RedFlags =
    [
        Proto.RedFlag.NewSaddleNumbness,
        Proto.RedFlag.NewBladderOrBowelControlDifficulty,
        Proto.RedFlag.ProgressiveLegWeakness,
        Proto.RedFlag.PainInBothLegs,
        Proto.RedFlag.Fever,
        Proto.RedFlag.UnexplainedWeightLoss,
        Proto.RedFlag.NightPainWithHistoryOfCancer,
    ];

    private readonly Patient[] _patients;

    public Patients(int count)
    {
        _patients = Enumerable.Range(0, count).Select(_ => new Patient(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Items())).ToArray();
    }

    public int Count => _patients.Length;

    public Patient this[int index] => _patients[index];

    /// <summary>What prescription's ProgrammePrescribed left in progress's tables: the programme and its version 1.</summary>
    public IEnumerable<(ProgrammeCopy Programme, ProgrammeVersionCopy Version)> ProgrammeCopies(DateTimeOffset prescribedAt) =>
        _patients.Select(p => (
            new ProgrammeCopy { ProgrammeId = p.ProgrammeId, PatientId = p.Id, TherapistId = p.TherapistId, CurrentVersion = 1, UpdatedAt = prescribedAt },
            new ProgrammeVersionCopy { ProgrammeId = p.ProgrammeId, Version = 1, Items = JsonSerializer.Serialize(p.Items, Json), ReceivedAt = prescribedAt }));

    /// <summary>
    /// A session of the whole programme, every exercise done below its targets (the bottom of each
    /// rep range, so no progression is earned), with every red flag question answered no.
    /// </summary>
    public static Proto.SubmitSessionReportRequest Session(Patient patient, DateTimeOffset performedAt, int painBefore, int painAfter)
    {
        var request = new Proto.SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            ProgrammeId = patient.ProgrammeId.ToString(),
            ProgrammeVersion = 1,
            PerformedAt = Timestamp.FromDateTimeOffset(performedAt),
            PainBefore = painBefore,
            PainAfter = painAfter,
            Notes = "Did the whole programme before work",
        };
        foreach (var item in patient.Items)
        {
            var dosage = item.Dosage;
            var result = new Proto.ExerciseResult { ItemId = item.ItemId.ToString(), Rpe = 5, PainDuring = painAfter };
            for (var set = 0; set < dosage.Sets; set++)
            {
                var done = new Proto.SetResult { Reps = dosage.RepsMin ?? 0 };
                if (dosage.HoldSeconds is { } hold)
                {
                    done.HoldSeconds = hold;
                }
                if (dosage.LoadKg is { } load)
                {
                    done.LoadKg = (double)load;
                }
                result.Sets.Add(done);
            }
            request.Exercises.Add(result);
        }
        foreach (var flag in RedFlags)
        {
            request.RedFlags.Add(new Proto.RedFlagAnswer { Flag = flag, Present = false });
        }
        return request;
    }

    private static IReadOnlyList<ProgrammeItemSnapshot> Items() =>
    [
        Exercise("Bird-dog", "StabiliserActivation", new DosageSnapshot(3, 10, 12, 3, null, null, 5, [], null, null, null), null, null, null),
        Exercise("Side plank", "StabiliserActivation", new DosageSnapshot(3, 3, 5, 15, null, null, 3, [], null, null, null), null, null, 30),
        Exercise("Shoulder bridge", "GluteActivation", new DosageSnapshot(3, 10, 15, 3, null, null, 5, [], null, null, null), null, null, null),
        Exercise("Cable trunk extension", "LumbarStrengthening", new DosageSnapshot(2, 12, 15, null, 5m, null, 2, [], null, null, null), 1.25m, 10m, null),
    ];

    private static ProgrammeItemSnapshot Exercise(string name, string category, DosageSnapshot dosage, decimal? loadStepKg, decimal? maxLoadKg, int? maxHoldSeconds) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, category, dosage, loadStepKg, maxLoadKg is not null || maxHoldSeconds is not null, maxLoadKg, maxHoldSeconds, null);
}

internal sealed record Patient(Guid Id, Guid TherapistId, Guid ProgrammeId, IReadOnlyList<ProgrammeItemSnapshot> Items);
