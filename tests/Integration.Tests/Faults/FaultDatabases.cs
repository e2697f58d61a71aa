using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Telehealth.Integration.Tests.Faults;

/// <summary>Reads what the services stored, straight from their SQLite files, read-only, while they run.</summary>
internal static class FaultDatabases
{
    public static List<T> Query<T>(string databaseFile, string sql, Func<SqliteDataReader, T> row)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }
        return rows;
    }

    /// <summary>Stored session reports: id → how many rows carry it.</summary>
    public static Dictionary<Guid, long> StoredReports(string progressDb) =>
        Query(progressDb, "SELECT Id, COUNT(*) FROM session_reports GROUP BY Id", r => (Id: Guid.Parse(r.GetString(0)), Count: r.GetInt64(1)))
            .ToDictionary(r => r.Id, r => r.Count);

    /// <summary>Outbox rows of one event type: message id, the payload's id property, and whether it was sent.</summary>
    public static List<OutboxRow> Outbox(string databaseFile, string eventName, string idProperty) =>
        Query(databaseFile, $"SELECT MessageId, Payload, SentAt FROM outbox WHERE MessageType LIKE '%.{eventName},%'", r =>
        {
            using var payload = JsonDocument.Parse(r.GetString(1));
            var subject = payload.RootElement.EnumerateObject().First(p => string.Equals(p.Name, idProperty, StringComparison.OrdinalIgnoreCase)).Value.GetGuid();
            return new OutboxRow(Guid.Parse(r.GetString(0)), subject, !r.IsDBNull(2));
        });

    /// <summary>Inbox rows per message id (all consumers of the service).</summary>
    public static Dictionary<Guid, long> Inbox(string databaseFile, string consumer) =>
        Query(databaseFile, $"SELECT MessageId, COUNT(*) FROM inbox WHERE Consumer = '{consumer}' GROUP BY MessageId", r => (Id: Guid.Parse(r.GetString(0)), Count: r.GetInt64(1)))
            .ToDictionary(r => r.Id, r => r.Count);

    /// <summary>Session reminder timers: id, patient, state, outcome.</summary>
    public static List<TimerRow> ReminderTimers(string schedulingDb) =>
        Query(schedulingDb, "SELECT Id, PatientId, State, Outcome, DueAt FROM timers WHERE Kind = 'SessionReminder'", r =>
            new TimerRow(Guid.Parse(r.GetString(0)), Guid.Parse(r.GetString(1)), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), DueAt(r.GetInt64(4))));

    // The services store instants as EF Core's binary form of a DateTimeOffset (SQLite cannot order them otherwise).
    private static DateTimeOffset DueAt(long stored) => (DateTimeOffset)new DateTimeOffsetToBinaryConverter().ConvertFromProvider(stored)!;

    /// <summary>Session reminder notifications per patient.</summary>
    public static Dictionary<Guid, long> ReminderNotifications(string notificationDb) =>
        Query(notificationDb, "SELECT PatientId, COUNT(*) FROM notifications WHERE Kind = 'SessionReminder' GROUP BY PatientId", r => (Id: Guid.Parse(r.GetString(0)), Count: r.GetInt64(1)))
            .ToDictionary(r => r.Id, r => r.Count);
}

internal sealed record OutboxRow(Guid MessageId, Guid SubjectId, bool Sent);

internal sealed record TimerRow(Guid Id, Guid PatientId, string State, string? Outcome, DateTimeOffset DueAt);
