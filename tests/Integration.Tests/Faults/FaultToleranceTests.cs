using System.Diagnostics;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;
using Xunit.Abstractions;

namespace Telehealth.Integration.Tests.Faults;

/// <summary>
/// Under a steady load of session reports: each service killed outright (kill -9) and started again,
/// the broker stopped and started again, progress's disk filled up and freed. Afterwards every accepted
/// report is stored once, its event reached its consumer once, every reminder that came due fired once
/// and reached the patient once, and no client saw anything but success or a retryable status.
/// </summary>
public sealed class FaultToleranceTests(FaultySystem system, ITestOutputHelper output) : IClassFixture<FaultySystem>
{
    private const int ReportingPatients = 24;
    private const int RemindedPatients = 6;
    private static readonly TimeSpan SettleWithin = TimeSpan.FromSeconds(150);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TestCaller _therapist = TestCaller.NewTherapist();

    [Fact]
    public async Task Accepted_reports_their_events_and_reminders_survive_crashes_a_broker_restart_and_a_full_disk()
    {
        var exerciseId = await ExerciseIdAsync();
        var patients = new List<LoadPatient>();
        foreach (var chunk in Enumerable.Range(0, ReportingPatients).Chunk(6))
        {
            patients.AddRange(await Task.WhenAll(chunk.Select(_ => PrescribeAsync(TestCaller.NewPatient(), exerciseId))));
        }

        // Reminded patients exercise a few minutes from now, so their reminders (two minutes ahead)
        // come due one after another while the faults happen. Their times are chosen after the
        // slower part of the set-up, which took 40 s on a loaded machine, and a minute ahead: scheduling
        // plans no reminder whose time has already passed.
        var firstSession = DateTimeOffset.UtcNow.AddMinutes(3);
        var reminded = new List<TestCaller>();
        for (var i = 0; i < RemindedPatients; i++)
        {
            var patient = TestCaller.NewPatient();
            await ExerciseAtAsync(patient, firstSession.AddSeconds(10 * i));
            reminded.Add(patient);
        }
        var lastReminderDue = firstSession.AddSeconds(10 * (RemindedPatients - 1)).AddMinutes(-2);
        foreach (var patient in reminded)
        {
            await PrescribeAsync(patient, exerciseId);
        }
        // Progress must know every programme before the load starts (else NOT_FOUND, which is no fault of the faults).
        var progressDb = system.DatabaseFile(FaultySystem.Progress);
        await Eventually.TrueAsync(
            () => DatabaseRowsCount(progressDb, "programmes") >= ReportingPatients + RemindedPatients, TimeSpan.FromSeconds(90),
            "progress to hold every programme prescribed");
        // And scheduling must have planned every reminder before the faults begin: what the test checks is
        // that a planned reminder survives them.
        var schedulingDb = system.DatabaseFile(FaultySystem.Scheduling);
        var remindedIds = reminded.Select(p => p.Id).ToHashSet();
        var firstReminderDue = firstSession.AddMinutes(-2);
        await Eventually.TrueAsync(
            () => RemindersPlannedFrom(schedulingDb, firstReminderDue).IsSupersetOf(remindedIds), TimeSpan.FromSeconds(90),
            "scheduling to plan every reminded patient's reminder for this session (it plans none whose time has passed)");
        Log("set up: {0} reporting patients, {1} reminded patients, the first reminder due in {2:0} s",
            ReportingPatients, RemindedPatients, (firstReminderDue - DateTimeOffset.UtcNow).TotalSeconds);

        await using var load = new ReportLoad(system.ProgressApi.Channel, patients, workers: 3, pause: TimeSpan.FromMilliseconds(150));
        load.Start();
        await LoadProgressesAsync(load, "before the faults");

        foreach (var service in new[] { FaultySystem.Progress, FaultySystem.Prescription, FaultySystem.Scheduling, FaultySystem.Notification })
        {
            Log("kill -9 {0}", service);
            load.Phase = "kill -9 " + service;
            await system.KillAndAwaitRestartAsync(service);
            Log("{0} restarted and healthy", service);
            await LoadProgressesAsync(load, "after restarting " + service);
        }

        Log("stop the broker");
        load.Phase = "broker restart";
        await system.StopAndRestartBrokerAsync(downFor: TimeSpan.FromSeconds(5));
        Log("broker started again");
        await system.WaitUntilAllHealthyAsync();
        Log("every service healthy again");
        await LoadProgressesAsync(load, "after the broker restart");

        var diskFullFailures = 0;
        if (system.ProgressDisk is { } disk)
        {
            var before = load.Reports.Sum(r => r.Attempts - (r.Accepted ? 1 : 0));
            var filler = Path.Combine(disk, "filler");
            load.Phase = "disk full";
            var taken = SmallDisk.Fill(filler);
            Log("progress's disk filled ({0} MB of filler)", taken / (1024 * 1024));
            await Task.Delay(TimeSpan.FromSeconds(8));
            File.Delete(filler);
            diskFullFailures = load.Reports.Sum(r => r.Attempts - (r.Accepted ? 1 : 0)) - before;
            Log("progress's disk freed; failed attempts while full: {0}", diskFullFailures);
            await LoadProgressesAsync(load, "after freeing the disk");
        }
        else
        {
            Log("disk-full step left out: mounting a small tmpfs needs root");
        }

        load.Phase = "steady";
        // Keep the load on until the last reminder has come due, then let reports in flight finish.
        while (DateTimeOffset.UtcNow < lastReminderDue.AddSeconds(5))
        {
            await Task.Delay(500);
        }
        await load.StopAsync(giveUpAfter: TimeSpan.FromSeconds(90));
        Log("load stopped");

        var reports = load.Reports.ToList();
        var accepted = reports.Where(r => r.Accepted).Select(r => Guid.Parse(r.ReportId)).ToHashSet();
        var notificationDb = system.DatabaseFile(FaultySystem.Notification);

        // Settle: every event sent and consumed, every reminder fired and delivered, or the time is up.
        Snapshot snapshot = default!;
        var settle = Stopwatch.StartNew();
        while (true)
        {
            snapshot = Snapshot.Take(progressDb, schedulingDb, notificationDb);
            var reportEvents = snapshot.SessionReported.Where(e => accepted.Contains(e.SubjectId)).ToList();
            var settled = reportEvents.Count >= accepted.Count
                && reportEvents.All(e => e.Sent && snapshot.SchedulingInbox.ContainsKey(e.MessageId) && system.Listener.SessionReported.ContainsKey(e.MessageId))
                && remindedIds.All(id => snapshot.Timers.Count(t => t.PatientId == id && t.State == "Fired") >= 1)
                && snapshot.ReminderEvents.All(e => e.Sent && snapshot.NotificationInbox.ContainsKey(e.MessageId))
                && remindedIds.All(id => snapshot.ReminderNotifications.ContainsKey(id));
            if (settled || settle.Elapsed > SettleWithin)
            {
                break;
            }
            await Task.Delay(1000);
        }
        Log("settled in {0:0} s", settle.Elapsed.TotalSeconds);
        // What the services said about failed calls and publishing, for whoever reads a failure.
        foreach (var service in new[] { FaultySystem.Progress })
        {
            foreach (var line in system.ProcessLog(service).Where(l => l.Contains(" threw ") || l.Contains("could not complete") || l.Contains("Publishing outbox")).Take(10))
            {
                Log("{0}: {1}", service, line);
            }
        }

        // The counts.
        var retried = reports.Count(r => r.Attempts > 1);
        var statusCounts = reports.SelectMany(r => r.Statuses).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var badStatuses = reports.SelectMany(r => r.Answers).Where(a => a.Status is not (StatusCode.OK or StatusCode.Unavailable or StatusCode.DeadlineExceeded)).ToList();
        var retryableByPhase = reports.SelectMany(r => r.Answers).Where(a => a.Status is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
            .GroupBy(a => a.Phase).Select(g => $"{g.Key}: {g.Count()}");
        var reportEventsByReport = snapshot.SessionReported.GroupBy(e => e.SubjectId).ToDictionary(g => g.Key, g => g.ToList());
        var acceptedEvents = snapshot.SessionReported.Where(e => accepted.Contains(e.SubjectId)).ToList();
        var firedReminders = snapshot.Timers.Where(t => t.State == "Fired" && t.Outcome == "Published").ToList();
        var reminderEventsByTimer = snapshot.ReminderEvents.GroupBy(e => e.SubjectId).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine("");
        output.WriteLine($"reports submitted            {reports.Count}");
        output.WriteLine($"  accepted                   {accepted.Count}");
        output.WriteLine($"  retried (>1 attempt)       {retried}");
        output.WriteLine($"  never answered             {reports.Count(r => !r.Accepted && r.GaveUpOn is null)}");
        output.WriteLine($"  statuses seen              {string.Join(", ", statusCounts.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}");
        output.WriteLine($"  UNAVAILABLE seen           {statusCounts.GetValueOrDefault(StatusCode.Unavailable)}");
        output.WriteLine($"  DEADLINE_EXCEEDED seen     {statusCounts.GetValueOrDefault(StatusCode.DeadlineExceeded)}");
        output.WriteLine($"  retryable, by fault step   {string.Join("; ", retryableByPhase)}");
        output.WriteLine($"  not retryable, by step     {string.Join("; ", badStatuses.GroupBy(a => a).Select(g => $"{g.Key.Phase}: {g.Key.Status} {g.Count()}"))}");
        output.WriteLine($"  failed while disk full     {diskFullFailures}");
        output.WriteLine($"stored in progress           {snapshot.StoredReports.Count} ids, {snapshot.StoredReports.Values.Sum()} rows");
        output.WriteLine($"SessionReported in outbox    {snapshot.SessionReported.Count} (sent {snapshot.SessionReported.Count(e => e.Sent)})");
        output.WriteLine($"  seen on the broker         {system.Listener.SessionReported.Count} ids, {system.Listener.SessionReported.Values.Sum()} deliveries (copies are published again after a crash or outage; inboxes drop them)");
        output.WriteLine($"  consumed by scheduling     {acceptedEvents.Count(e => snapshot.SchedulingInbox.ContainsKey(e.MessageId))} (inbox rows {snapshot.SchedulingInbox.Values.Sum()})");
        output.WriteLine($"reminders of reminded pts    due {RemindedPatients}, fired {snapshot.Timers.Count(t => remindedIds.Contains(t.PatientId) && t.State == "Fired")}, notified {remindedIds.Sum(id => snapshot.ReminderNotifications.GetValueOrDefault(id))}");
        output.WriteLine($"reminders, all patients      fired+published {firedReminders.Count}, outbox {snapshot.ReminderEvents.Count}, broker {system.Listener.SessionReminderDue.Count} ids / {system.Listener.SessionReminderDue.Values.Sum()} deliveries, consumed by notification {snapshot.NotificationInbox.Values.Sum()}, notifications {snapshot.ReminderNotifications.Values.Sum()}");
        output.WriteLine($"whole run                    {_clock.Elapsed.TotalSeconds:0} s");

        // No report was left without an answer.
        Assert.All(reports, r => Assert.True(r.Accepted, $"report {r.ReportId} was never accepted ({string.Join(", ", r.Statuses)})"));
        Assert.True(accepted.Count >= 50, $"the load was too thin to mean anything: {accepted.Count} reports");

        // Every accepted report is stored exactly once, and nothing else was stored.
        Assert.All(accepted, id => Assert.Equal(1, snapshot.StoredReports.GetValueOrDefault(id)));
        Assert.Equal(accepted.Count, snapshot.StoredReports.Count);

        // Its SessionReported event was written once, sent, went through the broker and was consumed by scheduling.
        Assert.All(accepted, id => Assert.Single(reportEventsByReport.GetValueOrDefault(id) ?? []));
        Assert.All(acceptedEvents, e => Assert.True(e.Sent, $"SessionReported {e.MessageId} was never sent"));
        Assert.All(acceptedEvents, e => Assert.True(system.Listener.SessionReported.ContainsKey(e.MessageId), $"SessionReported {e.MessageId} never reached the broker's subscribers"));
        Assert.All(acceptedEvents, e => Assert.Equal(1, snapshot.SchedulingInbox.GetValueOrDefault(e.MessageId)));

        // Every reminder that came due fired once (one timer, one event) and reached the patient once.
        Assert.All(remindedIds, id => Assert.Single(snapshot.Timers, t => t.PatientId == id && t.State == "Fired" && t.Outcome == "Published"));
        Assert.All(firedReminders, t => Assert.Equal(1, reminderEventsByTimer.GetValueOrDefault(t.Id)));
        Assert.All(snapshot.ReminderEvents, e => Assert.True(e.Sent && snapshot.NotificationInbox.GetValueOrDefault(e.MessageId) == 1, $"SessionReminderDue {e.MessageId} was not consumed once"));
        Assert.All(remindedIds, id => Assert.Equal(1, snapshot.ReminderNotifications.GetValueOrDefault(id)));
        foreach (var (patient, notified) in snapshot.ReminderNotifications)
        {
            Assert.Equal(firedReminders.Count(t => t.PatientId == patient), notified);
        }

        // No client saw anything but success or a retryable status (checked last, so the checks above report first).
        Assert.True(badStatuses.Count == 0, $"clients saw statuses that are neither success nor retryable: {string.Join(", ", badStatuses.GroupBy(a => a).Select(g => $"{g.Key.Status} ×{g.Count()} during {g.Key.Phase}"))}");
    }

    private async Task LoadProgressesAsync(ReportLoad load, string when)
    {
        var before = load.AcceptedSoFar;
        await Eventually.TrueAsync(() => load.AcceptedSoFar >= before + 10, TimeSpan.FromSeconds(90));
        Log("load flowing {0}: {1} accepted so far", when, load.AcceptedSoFar);
    }

    private async Task ExerciseAtAsync(TestCaller patient, DateTimeOffset sessionStart)
    {
        var preferences = new SetPreferencesRequest { RequestId = Guid.NewGuid().ToString(), PatientId = patient.Id.ToString(), TimeZone = "UTC" };
        preferences.ExerciseTimes.Add(new ExerciseTime { Day = (Contracts.Scheduling.V1.Weekday)(((int)sessionStart.DayOfWeek + 6) % 7 + 1), StartTime = sessionStart.ToString("HH:mm:ss") });
        await system.SchedulingApi.CallAsync<SetPreferencesRequest, Preferences>("SetPreferences", preferences, patient);
    }

    private async Task<string> ExerciseIdAsync()
    {
        var library = await system.PrescriptionApi.CallAsync<SearchExercisesRequest, SearchExercisesResponse>(
            "SearchExercises", new SearchExercisesRequest { Text = "cable trunk extension" }, _therapist);
        return library.Exercises.First(e => e.Name.Contains("extension", StringComparison.OrdinalIgnoreCase)).ExerciseId;
    }

    private async Task<LoadPatient> PrescribeAsync(TestCaller patient, string exerciseId)
    {
        var request = new PrescribeProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            ReviewIntervalDays = 14,
            Reason = "Initial assessment: chronic low back pain, ready for loaded extension.",
        };
        request.Items.Add(new ProgrammeItemInput
        {
            ExerciseId = exerciseId,
            Phase = RehabPhase.Strength,
            Mode = MovementMode.Dynamic,
            Dosage = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20, SessionsPerWeek = 3 },
        });
        var programme = await system.PrescriptionApi.CallAsync<PrescribeProgrammeRequest, Programme>("PrescribeProgramme", request, _therapist);
        return new LoadPatient(patient, programme.ProgrammeId, programme.Items[0].ItemId);
    }

    /// <summary>The patients with a reminder planned within the next minute from <paramref name="from"/>: today's, not next week's.</summary>
    private static HashSet<Guid> RemindersPlannedFrom(string schedulingDb, DateTimeOffset from)
    {
        try
        {
            return FaultDatabases.ReminderTimers(schedulingDb)
                .Where(t => t.DueAt >= from.AddSeconds(-1) && t.DueAt < from.AddMinutes(1))
                .Select(t => t.PatientId)
                .ToHashSet();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return [];
        }
    }

    private static long DatabaseRowsCount(string file, string table)
    {
        try
        {
            return DatabaseRows.Count(file, table);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private void Log(string format, params object[] arguments) =>
        output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0} s] " + string.Format(format, arguments));

    private sealed record Snapshot(
        Dictionary<Guid, long> StoredReports,
        List<OutboxRow> SessionReported,
        Dictionary<Guid, long> SchedulingInbox,
        List<TimerRow> Timers,
        List<OutboxRow> ReminderEvents,
        Dictionary<Guid, long> NotificationInbox,
        Dictionary<Guid, long> ReminderNotifications)
    {
        public static Snapshot Take(string progressDb, string schedulingDb, string notificationDb) => new(
            FaultDatabases.StoredReports(progressDb),
            FaultDatabases.Outbox(progressDb, "SessionReported", "ReportId"),
            FaultDatabases.Inbox(schedulingDb, "SessionReportedConsumer"),
            FaultDatabases.ReminderTimers(schedulingDb),
            FaultDatabases.Outbox(schedulingDb, "SessionReminderDue", "ReminderId"),
            FaultDatabases.Inbox(notificationDb, "SessionReminderDueConsumer"),
            FaultDatabases.ReminderNotifications(notificationDb));
    }
}
