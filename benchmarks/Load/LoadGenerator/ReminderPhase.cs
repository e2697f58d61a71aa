using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Scheduling.V1;
using SchedulingSetPreferences = Telehealth.Contracts.Scheduling.V1.SetPreferencesRequest;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// Many session reminders due at the same instant: the first R patients set their exercise time
/// so that today's session starts at S, making its reminder due at D = S − lead for all of them.
/// D is chosen from the pace of the setup, so that every re-plan is done before D.
/// Scheduling records each timer's lateness (fired at − due at) in its database, read here
/// read-only; the patient's inbox (ListNotifications) gives when the reminder reached the patient.
/// </summary>
public static class ReminderPhase
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();

    public static async Task<ReminderResult?> RunAsync(RunningSystem system, Population population, SetupResult setup, LoadSettings settings, ProcessMeter meter, Output output)
    {
        var count = Math.Min(settings.Reminders, population.Patients.Count);
        if (count == 0)
        {
            return null;
        }
        var cohort = population.Patients.Take(count).ToList();

        // D must come after every re-plan is done, or reminders planned late would fire late (or
        // not at all). A re-plan costs scheduling about what planning a new programme did in the
        // setup, so the setup's pace sets D; a first few preferences warm the code paths up.
        await SetExerciseTimeAsync(system, cohort.Take(Math.Min(count, 50)).ToList(), DateTimeOffset.UtcNow.AddHours(6), settings);
        var estimate = TimeSpan.FromSeconds(count / setup.KnownPerSecond * 1.2);
        var dueAt = WholeSecond(DateTimeOffset.UtcNow + estimate + settings.ReminderSlack);
        var sessionAt = dueAt + settings.ReminderLead;
        output.Line($"  {count:N0} reminders to fall due at {dueAt:HH:mm:ss} UTC (sessions at {sessionAt:HH:mm:ss}), in {(dueAt - DateTimeOffset.UtcNow).TotalSeconds:F0} s");

        var clock = Stopwatch.StartNew();
        var done = 0;
        using (output.Every(TimeSpan.FromSeconds(10), () => $"  preferences set {Volatile.Read(ref done):N0}/{count:N0}"))
        {
            await SetExerciseTimeAsync(system, cohort, sessionAt, settings, () => Interlocked.Increment(ref done));
        }
        var setIn = clock.Elapsed;
        var margin = dueAt - DateTimeOffset.UtcNow;
        var database = system.DatabaseFile("schedulingdb");
        var planned = await CountAsync(database, dueAt, "Pending");
        output.Line($"  {count:N0} preferences set in {setIn.TotalSeconds:F1} s; {planned:N0} reminders pending at {dueAt:HH:mm:ss}, {margin.TotalSeconds:F1} s before they fall due");

        if (margin > TimeSpan.Zero)
        {
            await Task.Delay(margin);
        }
        var firingWait = Stopwatch.StartNew();
        var fired = 0;
        while (firingWait.Elapsed < settings.ReminderWait)
        {
            fired = await CountAsync(database, dueAt, "Fired");
            if (fired >= planned && await CountAsync(database, dueAt, "Pending") == 0)
            {
                break;
            }
            await Task.Delay(250);
        }
        var lateness = new Latencies();
        var outcomes = new Dictionary<string, int>();
        foreach (var (seconds, outcome) in await FiredAsync(database, dueAt))
        {
            lateness.AddMilliseconds(seconds * 1000);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        lateness.AddMissing(Math.Max(0, count - lateness.Count));
        output.Line($"  {lateness.Count:N0} reminders fired, the last {lateness.Max() / 1000:F2} s after due ({string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value:N0}"))})");

        // Then until they have all reached the notification service and everything is quiet again.
        var (waited, quiet) = await meter.SettleAsync(settings.ReminderWait, TimeSpan.FromSeconds(3), only: RunningSystem.ServiceNames);
        output.Line($"  services quiet {waited.TotalSeconds:F0} s later{(quiet ? "" : " (not quite: gave up waiting)")}; reading the patients' inboxes");
        var inbox = await InboxLatenessAsync(system, cohort, dueAt, settings);
        return new ReminderResult(count, planned, margin, lateness, inbox, outcomes);
    }

    private static async Task SetExerciseTimeAsync(RunningSystem system, IReadOnlyList<SimulatedPatient> patients, DateTimeOffset sessionAt, LoadSettings settings, Action? onDone = null)
    {
        var day = (Weekday)(((int)sessionAt.UtcDateTime.DayOfWeek + 6) % 7 + 1);
        var time = sessionAt.UtcDateTime.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        await Parallel.ForEachAsync(patients, new ParallelOptions { MaxDegreeOfParallelism = settings.SetupConcurrency }, async (patient, _) =>
        {
            var request = new SchedulingSetPreferences { RequestId = Guid.NewGuid().ToString(), PatientId = patient.Caller.IdText, TimeZone = "UTC" };
            request.ExerciseTimes.Add(new ExerciseTime { Day = day, StartTime = time });
            await Rpc.CallUntilDoneAsync(system.Channel("scheduling", patient.Index), Rpc.SetSchedulePreferences, request, patient.Caller);
            onDone?.Invoke();
        });
    }

    /// <summary>How long after D each patient's SESSION_REMINDER notification was created; missing ones count as never.</summary>
    private static async Task<Latencies> InboxLatenessAsync(RunningSystem system, IReadOnlyList<SimulatedPatient> cohort, DateTimeOffset dueAt, LoadSettings settings)
    {
        var lateness = new Latencies();
        await Parallel.ForEachAsync(cohort, new ParallelOptions { MaxDegreeOfParallelism = settings.SetupConcurrency }, async (patient, _) =>
        {
            var inbox = await Rpc.CallUntilDoneAsync(system.Channel("notification", patient.Index), Rpc.ListNotifications,
                new ListNotificationsRequest { PageSize = 20 }, patient.Caller);
            var reminder = inbox.Notifications.FirstOrDefault(n => n.Kind == NotificationKind.SessionReminder);
            if (reminder is null)
            {
                lateness.AddMissing();
            }
            else
            {
                lateness.Add(reminder.CreatedAt.ToDateTimeOffset() - dueAt);
            }
        });
        return lateness;
    }

    private static DateTimeOffset WholeSecond(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond + TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static async Task<int> CountAsync(string database, DateTimeOffset dueAt, string state)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM timers WHERE Kind = 'SessionReminder' AND State = $state AND DueAt = $due";
        command.Parameters.AddWithValue("$state", state);
        command.Parameters.AddWithValue("$due", Binary.ConvertToProvider(dueAt));
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    private static async Task<List<(double Seconds, string Outcome)>> FiredAsync(string database, DateTimeOffset dueAt)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT LatenessSeconds, Outcome FROM timers WHERE Kind = 'SessionReminder' AND State = 'Fired' AND DueAt = $due";
        command.Parameters.AddWithValue("$due", Binary.ConvertToProvider(dueAt));
        var rows = new List<(double, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.IsDBNull(0) ? double.PositiveInfinity : reader.GetDouble(0), reader.IsDBNull(1) ? "?" : reader.GetString(1)));
        }
        return rows;
    }
}

/// <param name="Reminders">Patients whose reminder was made due at D.</param>
/// <param name="Planned">Reminders pending at D once every preference was set.</param>
/// <param name="Margin">How long before D the last preference was set (negative: too late, raise REMINDER_SLACK).</param>
/// <param name="Lateness">Fired at − due at, as scheduling recorded it.</param>
/// <param name="Inbox">The patient's reminder notification's created_at − due at.</param>
public sealed record ReminderResult(int Reminders, int Planned, TimeSpan Margin, Latencies Lateness, Latencies Inbox, Dictionary<string, int> Outcomes);
