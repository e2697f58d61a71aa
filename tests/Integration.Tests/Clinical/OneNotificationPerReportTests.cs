using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>
/// One report, one therapist notification: the alert, the suggestions and automatic changes it
/// caused and a review request arrive together; automatic changes are said as done, with the way
/// to undo them. Seen on the running services.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed class OneNotificationPerReportTests(ClinicalSystem system)
{
    private static readonly DateTimeOffset Yesterday = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-1);

    private static Dosage Cable => new() { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20, SessionsPerWeek = 3 };

    [Fact]
    public async Task A_flare_tells_the_therapist_once_with_the_alert_every_step_back_and_the_review_request()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync(("Cable/pulley trunk extension", Cable), ("Side plank", new Dosage { Sets = 2, RepsMin = 3, RepsMax = 3, HoldSeconds = 20, SessionsPerWeek = 3 }));

        var flare = scenario.ReportAll(Yesterday.AddHours(10), painBefore: 2, painAfter: 6);
        await scenario.SubmitAsync(flare);
        var stepsBack = scenario.SuggestionsMade().Count(s => s.Direction == "Regression");
        Assert.True(stepsBack > 0, "a flare after every exercise should ease at least one of them");

        var told = await Eventually.SucceedsAsync(
            () => AboutPatientAsync(scenario),
            notifications => notifications.Count > 0 && notifications[0].Body.Split('\n').Count(line => line.StartsWith("A step back is suggested", StringComparison.Ordinal)) == stepsBack
                && notifications[0].Body.Contains("Review requested", StringComparison.Ordinal));

        var only = Assert.Single(told);
        Assert.Equal((NotificationKind.PainFlare, flare.ReportId), (only.Kind, only.ReportId));
        Assert.StartsWith("Pain flare, and ", only.Title);
        Assert.StartsWith("Pain flare: Pain went from 2 to 6/10.", only.Body);
    }

    [Fact]
    public async Task A_step_taken_automatically_is_said_as_done_and_the_therapist_can_take_it_back()
    {
        var scenario = new ClinicalScenario(system) { Progression = new ProgressionSettings { AutoProgression = true, MaxLoadKg = 30 } };
        await scenario.PrescribeAsync(("Cable/pulley trunk extension", Cable));

        var first = scenario.ReportAll(Yesterday.AddDays(-2).AddHours(10), painBefore: 2, painAfter: 2);
        await scenario.SubmitAsync(first);
        await scenario.CheckNextMorningAsync(first);
        var second = scenario.ReportAll(Yesterday.AddHours(10), painBefore: 2, painAfter: 2);
        await scenario.SubmitAsync(second);

        var told = await Eventually.SucceedsAsync(() => AboutPatientAsync(scenario), notifications => notifications.Any(n => n.Kind == NotificationKind.AutomaticChange));
        var done = Assert.Single(told);
        Assert.Equal(("Moved on automatically", second.ReportId), (done.Title, done.ReportId));
        Assert.Contains("→", done.Body);
        Assert.DoesNotContain("Review the suggestion", done.Body);
        var reference = done.Body[(done.Body.IndexOf("undo suggestion ", StringComparison.Ordinal) + "undo suggestion ".Length)..].TrimEnd('.');

        var applied = await system.Prescription.CallAsync<ListSuggestionsRequest, ListSuggestionsResponse>(
            "ListSuggestions", new ListSuggestionsRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist);
        var suggestion = Assert.Single(applied.Suggestions, s => s.SuggestionId.Replace("-", "", StringComparison.Ordinal).StartsWith(reference, StringComparison.Ordinal));
        Assert.Equal(SuggestionStatus.AppliedAutomatically, suggestion.Status);
        var undone = await system.Prescription.CallAsync<DecideSuggestionRequest, DecideSuggestionResponse>("DecideSuggestion", new DecideSuggestionRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            SuggestionId = suggestion.SuggestionId,
            Decision = Decision.Undo,
            Reason = "Wait for the review.",
        }, scenario.Therapist);

        Assert.Equal(SuggestionStatus.Undone, undone.Suggestion.Status);
        Assert.Equal(3, undone.Programme.Version);
        Assert.Equal(20.0, undone.Programme.Items.Single().Dosage.LoadKg);
    }

    /// <summary>The therapist's notifications about this scenario's patient, newest first.</summary>
    private async Task<IReadOnlyList<Notification>> AboutPatientAsync(ClinicalScenario scenario)
    {
        var inbox = await system.Notification.CallAsync<ListNotificationsRequest, ListNotificationsResponse>(
            "ListNotifications", new ListNotificationsRequest { PageSize = 200 }, scenario.Therapist);
        return [.. inbox.Notifications.Where(n => n.PatientId == scenario.Patient.Id.ToString())];
    }
}
