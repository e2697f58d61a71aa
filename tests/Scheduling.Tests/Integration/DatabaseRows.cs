using Microsoft.Data.Sqlite;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>Reads the service's SQLite file, read-only, while the service runs.</summary>
internal static class DatabaseRows
{
    public static long Count(string databaseFile, string table, string where = "1 = 1")
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {where}";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The lateness the timer table recorded for a fired timer.</summary>
    public static double? Lateness(string databaseFile, Guid timerId)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT LatenessSeconds FROM timers WHERE upper(Id) = upper($id) AND State = 'Fired'";
        command.Parameters.AddWithValue("$id", timerId.ToString());
        return command.ExecuteScalar() is double lateness ? lateness : null;
    }
}
