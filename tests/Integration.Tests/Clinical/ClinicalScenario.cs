using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>A therapist and a patient with a one-exercise programme: cable trunk extension, 3 × 8–12 at 20 kg.</summary>
internal sealed class ClinicalScenario(ClinicalSystem system)
{
    public TestCaller Therapist { get; } = TestCaller.NewTherapist();

    public TestCaller Patient { get; } = TestCaller.NewPatient();

    public Programme Programme { get; private set; } = null!;

    public string ItemId => Programme.Items[0].ItemId;

    /// <summary>How every item prescribed may progress; none means the therapist decides each step.</summary>
    public ProgressionSettings? Progression { get; init; }

    public Task<Programme> PrescribeAsync() =>
        PrescribeAsync(("Cable/pulley trunk extension", new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20, SessionsPerWeek = 3 }));

    /// <summary>
    /// A programme of several exercises from the library, each found by <c>search</c> and dosed as
    /// given; the items come back in the order asked for.
    /// </summary>
    public async Task<Programme> PrescribeAsync(params (string Search, Dosage Dosage)[] items)
    {
        var request = new PrescribeProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = Patient.Id.ToString(),
            ReviewIntervalDays = 14,
            Reason = "Initial assessment: chronic low back pain.",
        };
        foreach (var (search, dosage) in items)
        {
            var library = await system.Prescription.CallAsync<SearchExercisesRequest, SearchExercisesResponse>(
                "SearchExercises", new SearchExercisesRequest { Text = search }, Therapist);
            var exercise = library.Exercises.First(e => e.Name.StartsWith(search, StringComparison.OrdinalIgnoreCase));
            request.Items.Add(new ProgrammeItemInput { ExerciseId = exercise.ExerciseId, Phase = RehabPhase.Strength, Mode = MovementMode.Dynamic, Dosage = dosage, Progression = Progression });
        }
        Programme = await system.Prescription.CallAsync<PrescribeProgrammeRequest, Programme>("PrescribeProgramme", request, Therapist);
        return Programme;
    }

    /// <summary>A report of the whole programme at <paramref name="performedAt"/>, every exercise at its target, with the pain given per exercise.</summary>
    public SubmitSessionReportRequest ReportAll(DateTimeOffset performedAt, int painBefore, int painAfter, IReadOnlyDictionary<string, int>? painDuring = null)
    {
        var request = new SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = Patient.Id.ToString(),
            ProgrammeId = Programme.ProgrammeId,
            ProgrammeVersion = Programme.Version,
            PerformedAt = Timestamp.FromDateTimeOffset(performedAt),
            PainBefore = painBefore,
            PainAfter = painAfter,
        };
        foreach (var item in Programme.Items)
        {
            var result = new ExerciseResult { ItemId = item.ItemId, Rpe = 6 };
            if (painDuring?.TryGetValue(item.ExerciseName, out var pain) == true)
            {
                result.PainDuring = pain;
            }
            var dosage = item.Dosage;
            for (var set = 0; set < Math.Max(1, dosage.HasSets ? dosage.Sets : dosage.HoldsPerSide); set++)
            {
                var done = new SetResult();
                if (dosage.HasRepsMax)
                {
                    done.Reps = dosage.RepsMax;
                }
                if (dosage.HasLoadKg)
                {
                    done.LoadKg = dosage.LoadKg;
                }
                if (dosage.HasHoldSeconds)
                {
                    done.HoldSeconds = dosage.HoldSeconds;
                }
                if (dosage.HasMinutes)
                {
                    done.Minutes = dosage.Minutes;
                }
                result.Sets.Add(done);
            }
            request.Exercises.Add(result);
        }
        return request;
    }

    /// <summary>The next morning's pain check for <paramref name="report"/>, at the patient's usual level.</summary>
    public Task<SubmitNextDayPainCheckResponse> CheckNextMorningAsync(SubmitSessionReportRequest report, int pain = 2, int usualPain = 2) =>
        system.Progress.CallAsync<SubmitNextDayPainCheckRequest, SubmitNextDayPainCheckResponse>("SubmitNextDayPainCheck", new SubmitNextDayPainCheckRequest
        {
            CheckId = Guid.NewGuid().ToString(),
            PatientId = Patient.Id.ToString(),
            ReportId = report.ReportId,
            Pain = pain,
            UsualPain = usualPain,
            CheckedAt = Timestamp.FromDateTimeOffset(Min(report.PerformedAt.ToDateTimeOffset().AddHours(20), DateTimeOffset.UtcNow)),
        }, Patient);

    /// <summary>The dose changes progress has put to the therapist for this patient's programme, read from its database.</summary>
    public IReadOnlyList<(string Item, string Direction)> SuggestionsMade() =>
        DatabaseRows.Select(system.DatabaseFile("progressdb"),
            "SELECT ProgrammeItemId, Direction FROM suggestions WHERE upper(ProgrammeId) = upper($id) ORDER BY SuggestedAt",
            Programme.ProgrammeId,
            row => (row.GetString(0).ToLowerInvariant(), row.GetString(1)));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>A session report: every set at <paramref name="reps"/> reps and <paramref name="loadKg"/>, with the given pain.</summary>
    public SubmitSessionReportRequest Report(int daysAgo, int reps, double loadKg, int painBefore, int painAfter, int version = 1)
    {
        var request = new SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = Patient.Id.ToString(),
            ProgrammeId = Programme.ProgrammeId,
            ProgrammeVersion = version,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-daysAgo)),
            PainBefore = painBefore,
            PainAfter = painAfter,
        };
        var result = new ExerciseResult { ItemId = ItemId, Rpe = 7, PainDuring = painAfter };
        for (var set = 0; set < 3; set++)
        {
            result.Sets.Add(new SetResult { Reps = reps, LoadKg = loadKg });
        }
        request.Exercises.Add(result);
        return request;
    }

    /// <summary>Submits a report, waiting while progress has not yet heard of the programme.</summary>
    public Task<SubmitSessionReportResponse> SubmitAsync(SubmitSessionReportRequest request) =>
        Eventually.SucceedsAsync(() => system.Progress.CallAsync<SubmitSessionReportRequest, SubmitSessionReportResponse>("SubmitSessionReport", request, Patient));

    public Task<ListSuggestionsResponse> PendingSuggestionsAsync(Func<ListSuggestionsResponse, bool> until) =>
        Eventually.SucceedsAsync(
            () => system.Prescription.CallAsync<ListSuggestionsRequest, ListSuggestionsResponse>("ListSuggestions", new ListSuggestionsRequest { PatientId = Patient.Id.ToString(), PendingOnly = true }, Therapist),
            until);
}
