using Microsoft.Data.Sqlite;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>Counts rows in the service's SQLite file, read-only, while the service runs.</summary>
internal static class DatabaseRows
{
    public static long Count(string databaseFile, string table, string? where = null)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"" + (where is null ? "" : " WHERE " + where);
        return (long)command.ExecuteScalar()!;
    }

    public static IReadOnlyDictionary<string, long> CountAll(string databaseFile, params string[] tables) =>
        tables.ToDictionary(table => table, table => Count(databaseFile, table));
}
