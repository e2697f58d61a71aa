using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>Prescribe, report on separate days with the mornings after checked, suggest, approve, and the patient's app sees the new version.</summary>
[Collection(ClinicalCollection.Name)]
public sealed class ProgressionJourneyTests(ClinicalSystem system)
{
    [Fact]
    public async Task Three_good_sessions_lead_to_an_approved_progression_the_patient_sees_as_version_2()
    {
        var scenario = new ClinicalScenario(system);
        var programme = await scenario.PrescribeAsync();
        Assert.Equal(1, programme.Version);

        foreach (var daysAgo in new[] { 5, 3, 1 })
        {
            var report = scenario.Report(daysAgo, reps: 12, loadKg: 20, painBefore: 2, painAfter: 2);
            var answer = await scenario.SubmitAsync(report);
            Assert.False(answer.TherapistAlerted);
            Assert.NotEmpty(answer.Feedback);
            // Progression counts a day only once its next morning was no worse than usual.
            await scenario.CheckNextMorningAsync(report);
        }

        var pending = await scenario.PendingSuggestionsAsync(list => list.Suggestions.Any(s => s.Kind == SuggestionKind.Progression));
        var suggestion = pending.Suggestions.First(s => s.Kind == SuggestionKind.Progression);
        Assert.Equal(scenario.ItemId, suggestion.ItemId);
        Assert.Equal(20, suggestion.Current.LoadKg);
        Assert.Equal(21, suggestion.Proposed.LoadKg);
        Assert.Contains("Cable", suggestion.ExerciseName, StringComparison.OrdinalIgnoreCase);

        var decided = await system.Prescription.CallAsync<DecideSuggestionRequest, DecideSuggestionResponse>("DecideSuggestion",
            new DecideSuggestionRequest { RequestId = Guid.NewGuid().ToString(), SuggestionId = suggestion.SuggestionId, Decision = Decision.Approve }, scenario.Therapist);
        Assert.Equal(SuggestionStatus.Approved, decided.Suggestion.Status);
        Assert.Equal(2, decided.Programme.Version);
        Assert.Contains(suggestion.Explanation, decided.Programme.Reason);

        // Once approved, the suggestion still shows the dose it started from, and the history
        // marks only version 2 as current, with the dose change alone among its changes.
        var decidedList = await system.Prescription.CallAsync<ListSuggestionsRequest, ListSuggestionsResponse>("ListSuggestions",
            new ListSuggestionsRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist);
        var approved = decidedList.Suggestions.Single(s => s.SuggestionId == suggestion.SuggestionId);
        Assert.Equal((20d, 21d), (approved.Current.LoadKg, approved.Proposed.LoadKg));
        var history = await system.Prescription.CallAsync<GetProgrammeHistoryRequest, ProgrammeHistory>("GetProgrammeHistory",
            new GetProgrammeHistoryRequest { ProgrammeId = programme.ProgrammeId }, scenario.Therapist);
        Assert.Equal(new[] { false, true }, history.Versions.OrderBy(v => v.Version).Select(v => v.Current));
        var second = history.Versions.Single(v => v.Version == 2);
        Assert.All(second.Changes, line => Assert.DoesNotContain(second.Reason, line));
        Assert.Contains(second.Changes, line => line.Contains("load_kg 20 → 21"));

        var seenByApp = await system.Prescription.CallAsync<GetActiveProgrammeRequest, Programme>("GetActiveProgramme",
            new GetActiveProgrammeRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Patient);
        Assert.Equal(2, seenByApp.Version);
        Assert.Equal(21, seenByApp.Items.Single().Dosage.LoadKg);

        // Progress learns version 2, so the app can report against it.
        var next = await scenario.SubmitAsync(scenario.Report(0, reps: 10, loadKg: 21, painBefore: 1, painAfter: 1, version: 2));
        Assert.Equal(1, system.Events.Of<ProgrammeAdjusted>().Count(e => e.ProgrammeId.ToString() == programme.ProgrammeId && e.Version == 2));
        Assert.NotNull(next.ReportId);
    }

    [Fact]
    public async Task A_flare_produces_a_regression_suggestion_and_a_therapist_alert_within_seconds()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();

        var answer = await scenario.SubmitAsync(scenario.Report(0, reps: 10, loadKg: 20, painBefore: 2, painAfter: 5));

        Assert.True(answer.TherapistAlerted);
        Assert.Contains(answer.Feedback, f => f.Tone == FeedbackTone.Caution && f.Message.Contains("rose by 3 points"));
        var flare = await system.Events.WaitForAsync<PainFlareDetected>(e => e.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(10));
        Assert.Equal(scenario.Therapist.Id, flare.TherapistId);
        var review = await system.Events.WaitForAsync<ReviewRequested>(e => e.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(10));
        // The therapist is asked in a therapist's words; the patient hears of the review in the feedback, booked or not.
        Assert.StartsWith("Offer an earlier review:", review.Reason);
        Assert.Contains(answer.Feedback, f => f.Message.Contains("asked to review your programme with you earlier than planned"));

        var pending = await scenario.PendingSuggestionsAsync(list => list.Suggestions.Any(s => s.Kind == SuggestionKind.Regression));
        var regression = pending.Suggestions.Single(s => s.Kind == SuggestionKind.Regression);
        Assert.True(regression.Proposed.LoadKg < 20);

        var triage = await system.Progress.CallAsync<GetTriageRequest, GetTriageResponse>("GetTriage", new GetTriageRequest(), scenario.Therapist);
        Assert.Equal(TriageLevel.Flare, triage.Patients.Single().Level);
    }

    [Fact]
    public async Task A_red_flag_tells_the_patient_to_seek_urgent_care_and_reaches_the_therapist()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();
        var report = scenario.Report(0, reps: 10, loadKg: 20, painBefore: 3, painAfter: 3);
        report.RedFlags.Add(new RedFlagAnswer { Flag = RedFlag.NewSaddleNumbness, Present = true });
        report.RedFlags.Add(new RedFlagAnswer { Flag = RedFlag.Fever, Present = false });

        var answer = await scenario.SubmitAsync(report);

        Assert.True(answer.TherapistAlerted);
        Assert.Contains(answer.Feedback, f => f.Tone == FeedbackTone.Urgent && f.Message.Contains("urgent", StringComparison.OrdinalIgnoreCase));
        var redFlag = await system.Events.WaitForAsync<RedFlagReported>(e => e.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(10));
        Assert.Equal(["NewSaddleNumbness"], redFlag.Flags);
        Assert.Equal(scenario.Therapist.Id, redFlag.TherapistId);
    }

    [Fact]
    public async Task Sending_the_same_report_twice_stores_it_once_and_answers_the_same()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();
        var report = scenario.Report(0, reps: 10, loadKg: 20, painBefore: 2, painAfter: 2);

        var first = await scenario.SubmitAsync(report);
        var second = await scenario.SubmitAsync(report);

        Assert.Equal(first, second);
        var reports = await system.Progress.CallAsync<ListSessionReportsRequest, ListSessionReportsResponse>("ListSessionReports",
            new ListSessionReportsRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Patient);
        Assert.Single(reports.Reports);
        // The event of the one stored report arrives, and it arrives once.
        await system.Events.WaitForAsync<SessionReported>(e => e.ReportId.ToString() == report.ReportId, TimeSpan.FromSeconds(60));
        Assert.Single(system.Events.Of<SessionReported>(), e => e.ReportId.ToString() == report.ReportId);
    }
}
