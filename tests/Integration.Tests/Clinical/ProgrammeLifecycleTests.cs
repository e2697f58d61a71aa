using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>A programme's life through the API: templates, versions, conflicts, history, pause and resume.</summary>
[Collection(ClinicalCollection.Name)]
public sealed class ProgrammeLifecycleTests(ClinicalSystem system)
{
    [Fact]
    public async Task A_template_starts_a_programme_whose_changes_are_versioned_with_who_when_why()
    {
        var therapist = TestCaller.NewTherapist();
        var patient = TestCaller.NewPatient();
        var templates = await system.Prescription.CallAsync<ListTemplatesRequest, ListTemplatesResponse>("ListTemplates", new ListTemplatesRequest(), therapist);
        var phaseOne = templates.Templates.First(t => t.Name.Contains("phase 1", StringComparison.OrdinalIgnoreCase));

        var programme = await system.Prescription.CallAsync<PrescribeProgrammeRequest, Programme>("PrescribeProgramme", new PrescribeProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            TemplateId = phaseOne.TemplateId,
            Reason = "Chronic low back pain, first phase",
        }, therapist);
        Assert.Equal(phaseOne.Items.Count, programme.Items.Count);
        Assert.All(programme.Items, item => Assert.NotEmpty(item.Instructions));

        var paused = await ChangeStatusAsync(programme, ProgrammeStatus.Paused, 1, "Holiday for a week", therapist);
        Assert.Equal((ProgrammeStatus.Paused, 2), (paused.Status, paused.Version));

        var stale = await Assert.ThrowsAsync<RpcException>(() => ChangeStatusAsync(programme, ProgrammeStatus.Active, 1, "Back from holiday", therapist));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Contains("2", stale.Status.Detail);

        var resumed = await ChangeStatusAsync(programme, ProgrammeStatus.Active, 2, "Back from holiday", therapist);
        Assert.Equal((ProgrammeStatus.Active, 3), (resumed.Status, resumed.Version));

        var history = await system.Prescription.CallAsync<GetProgrammeHistoryRequest, ProgrammeHistory>("GetProgrammeHistory",
            new GetProgrammeHistoryRequest { ProgrammeId = programme.ProgrammeId }, therapist);
        Assert.Equal([1, 2, 3], history.Versions.Select(v => v.Version));
        Assert.Equal("Holiday for a week", history.Versions[1].Reason);
        Assert.Contains(therapist.Id.ToString(), history.Versions[1].ChangedBy);
        Assert.Contains(history.Versions[1].Changes, change => change.Contains("paused", StringComparison.OrdinalIgnoreCase));

        var firstVersion = await system.Prescription.CallAsync<GetProgrammeRequest, Programme>("GetProgramme",
            new GetProgrammeRequest { ProgrammeId = programme.ProgrammeId, Version = 1 }, patient);
        Assert.Equal(ProgrammeStatus.Active, firstVersion.Status);

        var caseload = await system.Prescription.CallAsync<ListCaseloadRequest, ListCaseloadResponse>("ListCaseload", new ListCaseloadRequest(), therapist);
        Assert.Equal(patient.Id.ToString(), caseload.Patients.Single().PatientId);
    }

    [Fact]
    public async Task Another_therapist_and_another_patient_cannot_see_the_programme()
    {
        var scenario = new ClinicalScenario(system);
        var programme = await scenario.PrescribeAsync();

        foreach (var stranger in new[] { TestCaller.NewTherapist(), TestCaller.NewPatient() })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => system.Prescription.CallAsync<GetProgrammeRequest, Programme>("GetProgramme",
                new GetProgrammeRequest { ProgrammeId = programme.ProgrammeId }, stranger));
            Assert.Equal(StatusCode.NotFound, error.StatusCode);
        }
        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => system.Progress.CallAsync<GetPatientSummaryRequest, PatientSummary>("GetPatientSummary",
            new GetPatientSummaryRequest { PatientId = scenario.Patient.Id.ToString() }, TestCaller.NewTherapist()));
        Assert.Equal(StatusCode.NotFound, notTheirs.StatusCode);
    }

    [Fact]
    public async Task A_therapist_adds_an_exercise_of_their_own_and_prescribes_it()
    {
        var therapist = TestCaller.NewTherapist();
        var added = await system.Prescription.CallAsync<AddExerciseRequest, Exercise>("AddExercise", new AddExerciseRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Name = "Wall sit with posterior pelvic tilt",
            Category = ExerciseCategory.StabiliserActivation,
            Purpose = "Holds the lumbar spine neutral under a static load.",
            Instructions = "Back against the wall, slide down to a comfortable knee bend, flatten the low back to the wall and hold.",
            Contraindications = { "Knee pain on bending" },
        }, therapist);
        Assert.False(added.BuiltIn);

        var found = await system.Prescription.CallAsync<SearchExercisesRequest, SearchExercisesResponse>("SearchExercises", new SearchExercisesRequest { Text = "wall sit" }, therapist);
        Assert.Equal(added.ExerciseId, found.Exercises.Single().ExerciseId);
        var hiddenFromOthers = await system.Prescription.CallAsync<SearchExercisesRequest, SearchExercisesResponse>("SearchExercises", new SearchExercisesRequest { Text = "wall sit" }, TestCaller.NewTherapist());
        Assert.Empty(hiddenFromOthers.Exercises);
    }

    [Fact]
    public async Task Next_day_worsening_and_outcome_scores_reach_the_patient_summary()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();
        var report = scenario.Report(1, reps: 10, loadKg: 20, painBefore: 2, painAfter: 3);
        await scenario.SubmitAsync(report);

        var check = await system.Progress.CallAsync<SubmitNextDayPainCheckRequest, SubmitNextDayPainCheckResponse>("SubmitNextDayPainCheck", new SubmitNextDayPainCheckRequest
        {
            CheckId = Guid.NewGuid().ToString(),
            PatientId = scenario.Patient.Id.ToString(),
            ReportId = report.ReportId,
            Pain = 5,
            UsualPain = 2,
            CheckedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        }, scenario.Patient);
        Assert.True(check.TherapistAlerted);

        var baseline = await Outcome(scenario.Patient, [3, 3, 2, 3, 2, 2, 2, 3, 2, -1]);
        Assert.Equal(48.9, baseline.Score, 1);
        Assert.False(baseline.HasChangeFromBaseline);
        var followUp = await Outcome(scenario.Patient, [1, 1, 1, 2, 1, 1, 1, 1, 1, 1]);
        Assert.Equal(22, followUp.Score, 1);
        Assert.True(followUp.MinimalImportantChangeReached);

        var summary = await system.Progress.CallAsync<GetPatientSummaryRequest, PatientSummary>("GetPatientSummary",
            new GetPatientSummaryRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist);
        Assert.Equal(2, summary.Outcomes.Count);
        Assert.Single(summary.Pain);
        Assert.Equal(1, summary.MonitoringDays30);
        Assert.NotEmpty(summary.Alerts);
    }

    private Task<SubmitOutcomeMeasureResponse> Outcome(TestCaller patient, int[] answers) =>
        system.Progress.CallAsync<SubmitOutcomeMeasureRequest, SubmitOutcomeMeasureResponse>("SubmitOutcomeMeasure", new SubmitOutcomeMeasureRequest
        {
            OutcomeId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            Measure = OutcomeMeasure.OswestryDisabilityIndex,
            Answers = { answers },
            CompletedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        }, patient);

    private Task<Programme> ChangeStatusAsync(Programme programme, ProgrammeStatus status, int expectedVersion, string reason, TestCaller therapist) =>
        system.Prescription.CallAsync<ChangeProgrammeStatusRequest, Programme>("ChangeProgrammeStatus", new ChangeProgrammeStatusRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            ProgrammeId = programme.ProgrammeId,
            ExpectedVersion = expectedVersion,
            Status = status,
            Reason = reason,
        }, therapist);
}
