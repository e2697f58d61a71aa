using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Telehealth.Contracts.Scheduling.V1;
using SchedulingSetPreferences = Telehealth.Contracts.Scheduling.V1.SetPreferencesRequest;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// Many session reminders due at the same instant: the first R patients set their exercise time
/// so that today's session starts at S, making its reminder due at D = S − lead for all of them.
/// D is chosen from the pace of the setup, so that every re-plan is done before D.
/// Scheduling records each timer's lateness (fired at − due at) in its database, and the
/// notification service when each reminder reached the patient's inbox; both are read here read-only.
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

        // Then until every reminder is in its patient's inbox (or REMINDER_WAIT), and the services are quiet again.
        var inbox = await InboxLatenessAsync(system, cohort, dueAt, settings, firingWait, output);
        var published = new Latencies();
        foreach (var sentAt in await PublishedAsync(database, dueAt))
        {
            published.Add(sentAt - dueAt);
        }
        published.AddMissing(Math.Max(0, count - published.Count));
        var (waited, quiet) = await meter.SettleAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(3), only: RunningSystem.ServiceNames);
        output.Line($"  {inbox.Count:N0} reminders in the inboxes, the last {inbox.Max() / 1000:F2} s after due; services quiet {waited.TotalSeconds:F0} s later{(quiet ? "" : " (not quite: gave up waiting)")}");
        return new ReminderResult(count, planned, margin, lateness, published, inbox, outcomes);
    }

    private static async Task SetExerciseTimeAsync(RunningSystem system, IReadOnlyList<SimulatedPatient> patients, DateTimeOffset sessionAt, LoadSettings settings, Action? onDone = null)
    {
        var day = (Weekday)(((int)sessionAt.UtcDateTime.DayOfWeek + 6) % 7 + 1);
        var time = sessionAt.UtcDateTime.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        await Parallel.ForEachAsync(patients, new ParallelOptions { MaxDegreeOfParallelism = settings.SetupConcurrency }, async (patient, _) =>
        {
            var request = new SchedulingSetPreferences { RequestId = Guid.NewGuid().ToString(), PatientId = patient.Caller.IdText, TimeZone = "UTC" };
            request.ExerciseTimes.Add(new ExerciseTime { Day = day, StartTime = time });
            await Rpc.CallUntilDoneAsync("SetPreferences", options => system.Scheduling(patient.Index).SetPreferencesAsync(request, options), patient.Caller);
            onDone?.Invoke();
        });
    }

    /// <summary>
    /// How long after D each patient's SESSION_REMINDER notification was created, read from the
    /// notification service's database (read-only, once a second) rather than through
    /// ListNotifications: thousands of inbox reads would compete with the very consumers being
    /// measured. Reminders not there when REMINDER_WAIT (counted from D) is over count as never.
    /// </summary>
    private static async Task<Latencies> InboxLatenessAsync(RunningSystem system, IReadOnlyList<SimulatedPatient> cohort, DateTimeOffset dueAt, LoadSettings settings, Stopwatch sinceDue, Output output)
    {
        var database = system.DatabaseFile("notificationdb");
        var patients = cohort.Select(p => p.Caller.Id).ToHashSet();
        var createdAt = new Dictionary<Guid, DateTimeOffset>();
        var lastReported = TimeSpan.Zero;
        while (true)
        {
            foreach (var (recipient, at) in await RemindersCreatedAsync(database, dueAt))
            {
                if (patients.Contains(recipient) && (!createdAt.TryGetValue(recipient, out var seen) || at < seen))
                {
                    createdAt[recipient] = at;
                }
            }
            if (createdAt.Count >= patients.Count || sinceDue.Elapsed > settings.ReminderWait)
            {
                break;
            }
            if (sinceDue.Elapsed - lastReported >= TimeSpan.FromSeconds(5))
            {
                lastReported = sinceDue.Elapsed;
                output.Line($"  {patients.Count - createdAt.Count:N0} reminders not in their inbox yet");
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var lateness = new Latencies();
        foreach (var at in createdAt.Values)
        {
            lateness.Add(at - dueAt);
        }
        lateness.AddMissing(patients.Count - createdAt.Count);
        return lateness;
    }

    private static async Task<List<(Guid Recipient, DateTimeOffset CreatedAt)>> RemindersCreatedAsync(string database, DateTimeOffset dueAt)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT RecipientId, CreatedAt FROM notifications WHERE Kind = 'SessionReminder' AND CreatedAt >= $from";
        command.Parameters.AddWithValue("$from", Binary.ConvertToProvider(dueAt.AddSeconds(-1)));
        var rows = new List<(Guid, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((Guid.Parse(reader.GetString(0)), (DateTimeOffset)Binary.ConvertFromProvider(reader.GetInt64(1))!));
        }
        return rows;
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

    /// <summary>When each SessionReminderDue due at D left scheduling: its outbox row's SentAt (the broker confirmed it).</summary>
    private static async Task<List<DateTimeOffset>> PublishedAsync(string database, DateTimeOffset dueAt)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT SentAt FROM outbox WHERE MessageType LIKE '%SessionReminderDue%' AND SentAt IS NOT NULL AND OccurredAt >= $due";
        command.Parameters.AddWithValue("$due", Binary.ConvertToProvider(dueAt));
        var sent = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sent.Add((DateTimeOffset)Binary.ConvertFromProvider(reader.GetInt64(0))!);
        }
        return sent;
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
/// <param name="Lateness">Fired at − due at, as scheduling recorded it (fired at: when the dispatcher took the batch).</param>
/// <param name="Published">When the reminder event left scheduling (its outbox row confirmed by the broker) − due at.</param>
/// <param name="Inbox">The patient's reminder notification's created_at − due at.</param>
public sealed record ReminderResult(int Reminders, int Planned, TimeSpan Margin, Latencies Lateness, Latencies Published, Latencies Inbox, Dictionary<string, int> Outcomes);
