using Microsoft.Data.Sqlite;

namespace Telehealth.Integration.Tests.Support;

/// <summary>Counts rows in a service's SQLite file, read-only, while the service runs.</summary>
internal static class DatabaseRows
{
    public static long Count(string databaseFile, string table)
    {
        using var connection = OpenReadOnly(databaseFile);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    public static IReadOnlyDictionary<string, long> CountAll(string databaseFile, params string[] tables) =>
        tables.ToDictionary(table => table, table => Count(databaseFile, table));

    /// <summary>The rows <paramref name="sql"/> returns with <c>$id</c> bound to <paramref name="id"/>, each read by <paramref name="read"/>.</summary>
    public static IReadOnlyList<T> Select<T>(string databaseFile, string sql, string id, Func<SqliteDataReader, T> read)
    {
        using var connection = OpenReadOnly(databaseFile);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static SqliteConnection OpenReadOnly(string databaseFile)
    {
        var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
