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

    public async Task<Programme> PrescribeAsync()
    {
        var library = await system.Prescription.CallAsync<SearchExercisesRequest, SearchExercisesResponse>(
            "SearchExercises", new SearchExercisesRequest { Text = "cable trunk extension" }, Therapist);
        var exercise = library.Exercises.First(e => e.Name.Contains("extension", StringComparison.OrdinalIgnoreCase));
        var request = new PrescribeProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = Patient.Id.ToString(),
            ReviewIntervalDays = 14,
            Reason = "Initial assessment: chronic low back pain, ready for loaded extension.",
        };
        request.Items.Add(new ProgrammeItemInput
        {
            ExerciseId = exercise.ExerciseId,
            Phase = RehabPhase.Strength,
            Mode = MovementMode.Dynamic,
            Dosage = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20, SessionsPerWeek = 3 },
        });
        Programme = await system.Prescription.CallAsync<PrescribeProgrammeRequest, Programme>("PrescribeProgramme", request, Therapist);
        return Programme;
    }

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
