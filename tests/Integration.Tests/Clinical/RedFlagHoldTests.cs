using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.Integration.Tests.Support;
using AuditV1 = Telehealth.Contracts.Audit.V1;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>
/// A red flag holds the programme at once across the services until the therapist decides, and
/// an acknowledgement in the inbox clears the red flag from triage.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed class RedFlagHoldTests(ClinicalSystem system)
{
    private static readonly TimeSpan EventLimit = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Today = new(DateTime.UtcNow.Date, TimeSpan.Zero);

    [Fact]
    public async Task A_red_flag_holds_the_programme_until_the_therapist_decides()
    {
        var scenario = new ClinicalScenario(system);
        var programme = await scenario.PrescribeAsync(("Cable/pulley trunk extension", new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20, SessionsPerWeek = 7 }));
        await Eventually.SucceedsAsync(() => PlanAsync(scenario), week => week.Sessions.Any(s => s.Status == SessionStatus.Planned));

        var flagged = scenario.ReportAll(Today.AddDays(-3).AddHours(9), painBefore: 3, painAfter: 3);
        flagged.RedFlags.Add(new RedFlagAnswer { Flag = RedFlag.NewBladderOrBowelControlDifficulty, Present = true });
        await scenario.SubmitAsync(flagged);

        // Held everywhere: prescription's status, scheduling's sessions, one message to the patient.
        var held = await system.Events.WaitForAsync<ProgrammeHeld>(e => e.PatientId == scenario.Patient.Id, EventLimit);
        Assert.Equal((flagged.ReportId, programme.Version + 1), (held.ReportId.ToString(), held.Version));
        var current = await ProgrammeAsync(scenario);
        Assert.Equal(ProgrammeStatus.OnHold, current.Status);
        await Eventually.SucceedsAsync(() => PlanAsync(scenario), week => week.Sessions.All(s => s.Status != SessionStatus.Planned));
        var told = await Eventually.SucceedsAsync(() => InboxAsync(scenario.Patient), inbox => inbox.Notifications.Any(n => n.Kind == NotificationKind.ProgrammeOnHold));
        Assert.Single(told.Notifications, n => n.Kind == NotificationKind.ProgrammeOnHold);

        // Two good days, the first checked the next morning: reported and judged, but nothing progresses.
        var good = scenario.ReportAll(Today.AddDays(-2).AddHours(9), painBefore: 2, painAfter: 2);
        good.ProgrammeVersion = held.Version;
        await scenario.SubmitAsync(good);
        await scenario.CheckNextMorningAsync(good);
        var again = scenario.ReportAll(Today.AddDays(-1).AddHours(9), painBefore: 2, painAfter: 2);
        again.ProgrammeVersion = held.Version;
        var answer = await scenario.SubmitAsync(again);
        Assert.Empty(scenario.SuggestionsMade());
        Assert.Contains(answer.Feedback, f => f.Message.Contains("on hold"));
        Assert.Equal(held.Version, (await ProgrammeAsync(scenario)).Version);

        // The therapist speaks with the patient and resumes: the programme and its sessions go on.
        var resumed = await system.Prescription.CallAsync<ChangeProgrammeStatusRequest, Programme>("ChangeProgrammeStatus", new ChangeProgrammeStatusRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            ProgrammeId = programme.ProgrammeId,
            ExpectedVersion = held.Version,
            Status = ProgrammeStatus.Active,
            Reason = "Spoke with the patient: a urinary infection, treated by the GP; safe to go on.",
        }, scenario.Therapist);
        Assert.Equal(ProgrammeStatus.Active, resumed.Status);
        await Eventually.SucceedsAsync(() => PlanAsync(scenario), week => week.Sessions.Any(s => s.Status == SessionStatus.Planned));

        // The hold and the decision are in the audit trail, the hold by the service.
        var trail = await Eventually.SucceedsAsync(
            () => system.AuditTrail("prescription").CallAsync<AuditV1.ListAuditRecordsRequest, AuditV1.ListAuditRecordsResponse>("ListAuditRecords",
                new AuditV1.ListAuditRecordsRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist),
            list => list.Records.Count(r => r.SubjectId == programme.ProgrammeId) >= 3);
        var changes = trail.Records.Where(r => r.SubjectId == programme.ProgrammeId).OrderBy(r => r.OccurredAt.ToDateTimeOffset()).Select(r => (r.Action, r.Actor)).ToList();
        Assert.Contains(changes, c => c.Action == "programme.held" && c.Actor == "service:prescription");
        Assert.Contains(changes, c => c.Action == "programme.resumed" && c.Actor == $"therapist:{scenario.Therapist.Id}");
    }

    [Fact]
    public async Task Acknowledging_a_red_flag_in_the_inbox_clears_it_from_triage_and_says_who_and_when()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();
        var report = scenario.Report(0, reps: 10, loadKg: 20, painBefore: 3, painAfter: 3);
        report.RedFlags.Add(new RedFlagAnswer { Flag = RedFlag.NewSaddleNumbness, Present = true });
        await scenario.SubmitAsync(report);

        var open = Assert.Single((await TriageAsync(scenario)).Patients);
        Assert.Equal(TriageLevel.RedFlag, open.Level);
        Assert.NotNull(open.Since);
        Assert.True(DateTimeOffset.UtcNow - open.Since.ToDateTimeOffset() < TimeSpan.FromMinutes(5), $"the red flag has been open since {open.Since}");

        var inbox = await Eventually.SucceedsAsync(() => InboxAsync(scenario.Therapist), list => list.Notifications.Any(n => n.Kind == NotificationKind.RedFlag));
        var alert = inbox.Notifications.First(n => n.Kind == NotificationKind.RedFlag);
        await system.Notification.CallAsync<AcknowledgeRequest, Contracts.Notification.V1.Notification>("Acknowledge", new AcknowledgeRequest { NotificationId = alert.NotificationId }, scenario.Therapist);

        var cleared = await Eventually.SucceedsAsync(() => TriageAsync(scenario), triage => triage.Patients.Single().Level != TriageLevel.RedFlag);
        Assert.Contains($"Red flag acknowledged by therapist {scenario.Therapist.Id}", cleared.Patients.Single().Reason);
    }

    private Task<Programme> ProgrammeAsync(ClinicalScenario scenario) =>
        system.Prescription.CallAsync<GetProgrammeRequest, Programme>("GetProgramme", new GetProgrammeRequest { ProgrammeId = scenario.Programme.ProgrammeId }, scenario.Therapist);

    /// <summary>The patient's plan from a week ago to the planning horizon, as the therapist sees it.</summary>
    private Task<Schedule> PlanAsync(ClinicalScenario scenario) =>
        system.Scheduling.CallAsync<GetPatientPlanRequest, Schedule>("GetPatientPlan", new GetPatientPlanRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist);

    private Task<ListNotificationsResponse> InboxAsync(TestCaller recipient) =>
        system.Notification.CallAsync<ListNotificationsRequest, ListNotificationsResponse>("ListNotifications", new ListNotificationsRequest { PageSize = 200 }, recipient);

    private Task<GetTriageResponse> TriageAsync(ClinicalScenario scenario) =>
        system.Progress.CallAsync<GetTriageRequest, GetTriageResponse>("GetTriage", new GetTriageRequest(), scenario.Therapist);
}
