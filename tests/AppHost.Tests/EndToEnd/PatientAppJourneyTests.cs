using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using Xunit.Abstractions;
using Telehealth.AppHost.Tests.Support;
using Telehealth.Testing.Aspire;
using Telehealth.Testing.Hosting;
using Schedule = Telehealth.Contracts.Scheduling.V1.Schedule;
using SchedulingPreferences = Telehealth.Contracts.Scheduling.V1.Preferences;
using SessionStatus = Telehealth.Contracts.Scheduling.V1.SessionStatus;

namespace Telehealth.AppHost.Tests.EndToEnd;

/// <summary>
/// The whole journey from the outside, against the real AppHost: the therapist over gRPC from C#,
/// the patient through the Node.js patient app (clients/patient-app) run as child processes, the
/// operator through Aspire's resource commands and the services' exported traces. Nothing is
/// reached except as a client would reach it.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class PatientAppJourneyTests(TelehealthAppFixture host, ITestOutputHelper output) : IClassFixture<TelehealthAppFixture>
{
    // The AppHost runs scheduling with its appsettings.json, which reminds a patient 30 minutes
    // before a session: the patient's preferred time is set so that the reminder falls due soon.
    private static readonly TimeSpan SessionReminderLead = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan ReminderDueIn = TimeSpan.FromSeconds(45);

    // The patient app's `watch` ends with 130 on SIGTERM or SIGINT, like the command line.
    private const int InterruptedExitCode = 130;

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    [Fact]
    public async Task A_patient_app_follows_a_programme_from_prescription_through_progression_flare_and_red_flag()
    {
        PatientApp.RequireInstalled();
        var discovery = Discovery.Read(host.StateDirectory);
        using var identity = DevelopmentIdentity.Load(discovery.IdentityFile);
        var patientId = Guid.NewGuid().ToString();
        var app = new PatientApp(discovery.File, identity.Issue(CallerRole.Patient, Guid.Parse(patientId)));
        using var therapist = new TherapistClient(discovery.Grpc("prescription"), discovery.Grpc("notification"), discovery.Grpc("progress"), identity.Issue(CallerRole.Therapist, Guid.NewGuid()));

        // The patient's phone is subscribed from the start and stays subscribed throughout.
        await using var watch = app.StartWatch();

        // A therapist prescribes a first-phase programme: coordination, static, progressed by hand.
        var programme = await therapist.PrescribeAsync(await FirstPhaseProgrammeAsync(therapist, patientId));
        Assert.Equal(1, programme.Version);
        var drawingIn = programme.Items.Single(i => i.ExerciseName.Contains("drawing-in", StringComparison.OrdinalIgnoreCase));
        Step($"prescribed programme {programme.ProgrammeId} v1 with {programme.Items.Count} exercises");

        // The app shows the programme, and the patient's schedule appears.
        var shown = (await app.RunAsync(["programme"])).Message<Programme>();
        Assert.Equal((programme.ProgrammeId, 1, programme.Items.Count), (shown.ProgrammeId, shown.Version, shown.Items.Count));
        await EventuallyAsync(
            () => app.RunAsync(["upcoming", "--days", "2"]),
            run => run.ExitCode == 0 && run.Message<Schedule>().Sessions.Any(s => s.ProgrammeId == programme.ProgrammeId) ? run : null,
            TimeSpan.FromSeconds(90), "the planned sessions of the new programme");
        Step("the schedule appeared");

        // The patient picks a time for today's session so that its reminder is due in under a minute.
        var sessionStart = DateTimeOffset.FromUnixTimeSeconds((DateTimeOffset.UtcNow + SessionReminderLead + ReminderDueIn).ToUnixTimeSeconds());
        var reminderDue = sessionStart - SessionReminderLead;
        var day = sessionStart.DayOfWeek.ToString()[..3].ToLowerInvariant();
        var preferences = (await app.RunAsync(["set-preferences", "--time-zone", "UTC", "--exercise-time", $"{day}={sessionStart:HH:mm:ss}"])).Message<SchedulingPreferences>();
        Assert.False(preferences.IsDefault);
        var upcoming = (await app.RunAsync(["upcoming", "--days", "2"])).Message<Schedule>();
        var session = Assert.Single(upcoming.Sessions, s => s.ProgrammeId == programme.ProgrammeId && s.WindowStart.ToDateTimeOffset() == sessionStart);
        Assert.Equal(SessionStatus.Planned, session.Status);
        Assert.Equal(programme.Items.Select(i => i.ItemId).Order(), session.Exercises.Select(e => e.ItemId).Order());
        var today = (await app.RunAsync(["today"])).Message<Schedule>();
        Assert.Equal("UTC", today.TimeZone);
        if (session.LocalDate == today.FromDate)
        {
            Assert.Contains(today.Sessions, s => s.SessionId == session.SessionId);
        }
        Step($"session {session.SessionId} at {sessionStart:HH:mm:ss}, reminder due {reminderDue:HH:mm:ss}");

        // Two good sessions on one day: every set at the top of its range, pain 2 before and after,
        // effort in reserve. One day is not yet evidence enough to move on.
        var fourDaysAgo = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-4).AddHours(10), TimeSpan.Zero);
        foreach (var performedAt in new[] { fourDaysAgo, fourDaysAgo.AddMinutes(20) })
        {
            var minutesAgo = (int)(DateTimeOffset.UtcNow - performedAt).TotalMinutes;
            var sameDay = await ReportAsync(app, ["--pain-before", "2", "--pain-after", "2", "--all-done", "--effort", "5", "--no-red-flags", "--performed-at", $"{minutesAgo}m-ago"]);
            Assert.DoesNotContain(sameDay.Feedback, f => f.Message.Contains("Well done"));
            await PainCheckAsync(app, sameDay.ReportId);
        }

        // Good sessions on the following days, each with the next morning no worse than usual.
        var moveOn = new List<SubmitSessionReportResponse>();
        foreach (var daysAgo in new[] { 3, 2 })
        {
            var good = await ReportAsync(app, ["--pain-before", "2", "--pain-after", "2", "--all-done", "--effort", "5", "--no-red-flags", "--performed-at", $"{daysAgo}d-ago"]);
            Assert.False(good.TherapistAlerted);
            await PainCheckAsync(app, good.ReportId);
            moveOn.Add(good);
        }
        Assert.Contains(moveOn[0].Feedback, f => f.Message.Contains("Well done"));
        Step("good sessions on separate days reported, each checked the next morning");

        // They earn a progression suggestion, which the therapist approves.
        var progression = await EventuallyAsync(
            () => therapist.PendingSuggestionsAsync(patientId),
            list => list.Suggestions.FirstOrDefault(s => s.Kind == SuggestionKind.Progression && s.ItemId == drawingIn.ItemId),
            TimeSpan.FromSeconds(60), "a progression suggestion for the drawing-in");
        Assert.Equal((10, 15), (progression.Current.HoldSeconds, progression.Proposed.HoldSeconds));
        var decided = await therapist.ApproveAsync(progression.SuggestionId, "Holds are steady and pain-free: progress the drawing-in.");
        Assert.Equal(SuggestionStatus.Approved, decided.Suggestion.Status);
        Assert.Equal(2, decided.Programme.Version);
        Step("progression approved: version 2");

        // The app sees version 2, and is told of it on its subscription.
        var version2 = (await app.RunAsync(["programme"])).Message<Programme>();
        Assert.Equal(2, version2.Version);
        Assert.Equal(15, version2.Items.Single(i => i.ItemId == drawingIn.ItemId).Dosage.HoldSeconds);

        // The notification service restarts under the app: the subscription resumes after its last cursor.
        await RestartAsync("notification");
        Step("notification restarted");

        await watch.WaitForAsync(n => n.Kind == NotificationKind.ProgrammeReady && n.Body.Contains("Version 2"), TimeSpan.FromSeconds(90), "the news of version 2");
        Step("the app was told of version 2");

        // The reminder reaches the subscribed app.
        var reminder = await watch.WaitForAsync(
            n => n.Kind == NotificationKind.SessionReminder,
            reminderDue - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(90), "the session reminder");
        Assert.Equal(patientId, reminder.PatientId);
        Assert.Contains(sessionStart.ToString("HH:mm"), reminder.Body);
        Step($"reminder arrived (due {reminderDue:HH:mm:ss})");

        // Pain rising by 3 points: feedback at once, a therapist alert and a regression suggestion.
        // The app runs under a trace of the test's choosing (TRACEPARENT), to find the report's path on the dashboard.
        var traceId = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var flare = await ReportAsync(app,
            ["--pain-before", "2", "--pain-after", "5", "--all-done", "--effort", "6", "--no-red-flags", "--performed-at", "10m-ago"],
            traceParent: $"00-{traceId}-{RandomNumberGenerator.GetHexString(16, lowercase: true)}-01");
        Assert.True(flare.TherapistAlerted);
        Assert.Contains(flare.Feedback, f => f.Tone == FeedbackTone.Caution && f.Message.Contains("rose by 3 points"));
        var regression = await EventuallyAsync(
            () => therapist.PendingSuggestionsAsync(patientId),
            list => list.Suggestions.FirstOrDefault(s => s.Kind == SuggestionKind.Regression && s.ItemId == drawingIn.ItemId && s.BasedOnVersion == 2),
            TimeSpan.FromSeconds(60), "a regression suggestion for the drawing-in");
        // Back to the dose of the version before, never halved.
        Assert.Equal((15, drawingIn.Dosage.HoldSeconds), (regression.Current.HoldSeconds, regression.Proposed.HoldSeconds));
        Assert.True(regression.Proposed.HoldSeconds > regression.Current.HoldSeconds / 2, regression.Explanation);
        // One notification for the therapist about the report: the alert and the step back together.
        var flareAlert = await EventuallyAsync(
            therapist.InboxAsync,
            inbox => inbox.Notifications.FirstOrDefault(n => n.ReportId == flare.ReportId && n.Body.Contains("A step back is suggested")),
            TimeSpan.FromSeconds(60), "the therapist's notification about the flare with its step back");
        Assert.Equal(NotificationKind.PainFlare, flareAlert.Kind);
        Assert.Contains("2 to 5", flareAlert.Body);
        var aboutFlare = (await therapist.InboxAsync()).Notifications
            .Where(n => n.PatientId == patientId && n.Kind is NotificationKind.PainFlare or NotificationKind.RegressionSuggested or NotificationKind.ReviewRequested);
        Assert.Equal([flareAlert.NotificationId], aboutFlare.Select(n => n.NotificationId));
        Step("flare: one therapist notification with the alert and the step back");

        // A red flag: the patient is told at once to seek urgent care, and the therapist hears of it at once.
        var sent = Stopwatch.StartNew();
        var redFlag = await ReportAsync(app,
            ["--pain-before", "3", "--pain-after", "3", "--all-done", "--effort", "5", "--red-flag", "new-saddle-numbness", "--performed-at", "5m-ago"]);
        Assert.True(redFlag.TherapistAlerted);
        Assert.Contains(redFlag.Feedback, f => f.Tone == FeedbackTone.Urgent && f.Message.Contains("urgent", StringComparison.OrdinalIgnoreCase));
        var urgent = await EventuallyAsync(
            therapist.InboxAsync,
            inbox => inbox.Notifications.FirstOrDefault(n => n.Kind == NotificationKind.RedFlag && n.PatientId == patientId),
            TimeSpan.FromSeconds(30), "the therapist's red flag alert");
        Assert.Equal(Priority.Urgent, urgent.Priority);
        Assert.True(urgent.RequiresAcknowledgement);
        var told = await watch.WaitForAsync(n => n.Kind == NotificationKind.RedFlag, TimeSpan.FromSeconds(30), "the patient's urgent care notice");
        Assert.Equal(Priority.Urgent, told.Priority);
        Assert.Contains("urgent care", told.Title, StringComparison.OrdinalIgnoreCase);
        Step($"red flag: therapist and patient told within {sent.Elapsed.TotalSeconds:0.0} s");

        // The red flag holds the programme at once: the app sees it on hold and is told to contact the clinician.
        var onHold = await EventuallyAsync(
            () => app.RunAsync(["programme"]),
            run => run.ExitCode == 0 && run.Message<Programme>() is { Status: ProgrammeStatus.OnHold } shown ? shown : null,
            TimeSpan.FromSeconds(60), "the programme on hold");
        await watch.WaitForAsync(n => n.Kind == NotificationKind.ProgrammeOnHold, TimeSpan.FromSeconds(60), "the notice that the programme is on hold");
        var flagged = Assert.Single((await therapist.TriageAsync()).Patients, p => p.PatientId == patientId);
        Assert.Equal(TriageLevel.RedFlag, flagged.Level);
        Step($"programme on hold at version {onHold.Version}; triage shows the red flag");

        // The therapist acknowledges the alert and, having spoken with the patient, resumes the programme.
        await therapist.AcknowledgeAsync(urgent.NotificationId);
        var cleared = await EventuallyAsync(
            therapist.TriageAsync,
            triage => triage.Patients.FirstOrDefault(p => p.PatientId == patientId && p.Level != TriageLevel.RedFlag),
            TimeSpan.FromSeconds(60), "triage to clear the acknowledged red flag");
        Assert.Contains("Red flag acknowledged", cleared.Reason);
        var resumed = await therapist.ResumeAsync(programme.ProgrammeId, onHold.Version, "Spoke with the patient: symptoms explained, safe to go on.");
        Assert.Equal(ProgrammeStatus.Active, resumed.Status);
        Step("red flag acknowledged, triage cleared, programme resumed");

        // The flare report's trace goes from progress's gRPC call to the services downstream.
        var services = await ReportTraceAsync(traceId);
        Step($"trace {traceId} exported by: {string.Join(", ", services)}");

        // The app printed every notification once, in cursor order, across the restart.
        Assert.Equal(InterruptedExitCode, await watch.StopAsync());
        var received = watch.Received;
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => (long)i), received.Select(n => n.Cursor));
        Assert.Equal(received.Count, received.Select(n => n.NotificationId).Distinct().Count());
        Assert.Contains("subscribing again after cursor", watch.Errors);
        Assert.All(received, n => Assert.Equal(patientId, n.PatientId));
        Step($"watch printed {received.Count} notifications: {string.Join(", ", received.Select(n => n.Kind))}");
    }

    private static async Task<PrescribeProgrammeRequest> FirstPhaseProgrammeAsync(TherapistClient therapist, string patientId)
    {
        var library = await therapist.SearchExercisesAsync("");
        ProgrammeItemInput Item(string name, Dosage dosage) => new()
        {
            ExerciseId = library.Exercises.Single(e => e.Name.Contains(name, StringComparison.OrdinalIgnoreCase)).ExerciseId,
            Phase = RehabPhase.Coordination,
            Mode = MovementMode.Static,
            Dosage = dosage,
        };
        var request = new PrescribeProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = patientId,
            ReviewIntervalDays = 14,
            Reason = "Phase 1: switch the deep stabilisers back on without moving the spine.",
        };
        request.Items.Add(Item("drawing-in", new Dosage { Sets = 3, RepsMin = 8, RepsMax = 10, HoldSeconds = 10, SessionsPerWeek = 7 }));
        request.Items.Add(Item("shoulder bridge", new Dosage { Sets = 2, RepsMin = 8, RepsMax = 10, HoldSeconds = 5, SessionsPerWeek = 7 }));
        request.Items.Add(Item("psoas", new Dosage { HoldsPerSide = 2, HoldSeconds = 30, SessionsPerWeek = 7 }));
        return request;
    }

    /// <summary>`node app.js report …` with a report id of its own, sent again while progress has not yet heard of the programme.</summary>
    private async Task<SubmitSessionReportResponse> ReportAsync(PatientApp app, string[] arguments, string? traceParent = null)
    {
        string[] command = ["report", "--report-id", Guid.NewGuid().ToString(), .. arguments];
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var run = await app.RunAsync(command, traceParent);
            // 4: NOT_FOUND, the programme's event has not reached progress yet (UNAVAILABLE the app retries itself).
            if (run.ExitCode != 4 || DateTime.UtcNow > until)
            {
                return run.Message<SubmitSessionReportResponse>();
            }
            await Task.Delay(500);
        }
    }

    /// <summary>`node app.js pain-check …`: the next morning at the usual level of 2.</summary>
    private static async Task PainCheckAsync(PatientApp app, string reportId)
    {
        var run = await app.RunAsync(["pain-check", "--pain", "2", "--usual", "2", "--report", reportId]);
        Assert.True(run.ExitCode == 0, $"pain-check for {reportId} ended with {run.ExitCode}: {run.Stderr}");
    }

    /// <summary>Restarts a service with Aspire's restart command, as an operator would from the dashboard, and waits until it is healthy again.</summary>
    private async Task RestartAsync(string resource)
    {
        var result = await host.App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.RestartCommand);
        Assert.True(result.Success, $"restart of {resource}: {result.Message}");
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await host.WaitUntilHealthyAsync([resource], limit.Token, WaitBehavior.WaitOnResourceUnavailable);
    }

    /// <summary>
    /// The flare report's trace as the services exported it: progress's SubmitSessionReport server span and,
    /// below it, spans of the services that consumed what the report caused. The services seen.
    /// </summary>
    private async Task<IReadOnlyList<string>> ReportTraceAsync(string traceId) =>
        await EventuallyAsync(
            () => Task.FromResult(host.Telemetry!.Trace(traceId)),
            spans =>
            {
                var submit = spans.FirstOrDefault(s => s.Service == "progress" && s.Name == "telehealth.progress.v1.ProgressService/SubmitSessionReport");
                if (submit is null)
                {
                    return null;
                }
                var below = Descendants(submit, spans).Select(s => s.Service).Where(r => r != "progress").Distinct().ToList();
                return below.Count > 0 ? (IReadOnlyList<string>)["progress", .. below] : null;
            },
            TimeSpan.FromSeconds(90), $"trace {traceId} with the report's call and a service downstream of it");

    private static IEnumerable<CapturedSpan> Descendants(CapturedSpan root, IReadOnlyList<CapturedSpan> spans)
    {
        var children = spans.Where(s => s.ParentSpanId is not null).ToLookup(s => s.ParentSpanId!);
        var pending = new Stack<CapturedSpan>([root]);
        while (pending.TryPop(out var span))
        {
            foreach (var child in children[span.SpanId])
            {
                yield return child;
                pending.Push(child);
            }
        }
    }

    /// <summary>Reads until <paramref name="pick"/> finds what is wanted; UNAVAILABLE (a service restarting) counts as not yet.</summary>
    private static async Task<TResult> EventuallyAsync<TState, TResult>(Func<Task<TState>> read, Func<TState, TResult?> pick, TimeSpan timeout, string what)
        where TResult : class
    {
        var until = DateTime.UtcNow + timeout;
        var last = "nothing read yet";
        while (true)
        {
            try
            {
                var state = await read();
                if (pick(state) is { } found)
                {
                    return found;
                }
                last = state?.ToString() ?? "nothing";
            }
            catch (RpcException unavailable) when (unavailable.StatusCode == StatusCode.Unavailable)
            {
                last = unavailable.Message;
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{what}: not there after {timeout}; last seen: {(last.Length > 2000 ? last[..2000] + "…" : last)}");
            }
            await Task.Delay(500);
        }
    }

    private void Step(string what) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0} s  {what}");

    /// <summary>apphost.json of the running AppHost: the endpoints and the development signing key.</summary>
    private sealed record Discovery(string File, string IdentityFile, JsonElement Services)
    {
        public static Discovery Read(string stateDirectory)
        {
            var file = Path.Combine(stateDirectory, "apphost.json");
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(file));
            return new Discovery(file, document.RootElement.GetProperty("identity").GetString()!, document.RootElement.GetProperty("services").Clone());
        }

        public Uri Grpc(string service) => new(Services.GetProperty(service).GetProperty("grpc").GetString()!);
    }
}
