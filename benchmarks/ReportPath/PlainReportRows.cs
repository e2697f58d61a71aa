using Microsoft.Data.Sqlite;

namespace Telehealth.Benchmarks.ReportPath;

/// <summary>
/// The floor under a report's storage: the four rows a good report writes (the report, its
/// SessionReported event in the outbox, its audit record, the answer kept for retries) inserted
/// with prepared Microsoft.Data.Sqlite commands on one open connection, in one transaction, into
/// the same tables of the same file. Each row is a copy of the latest one a report wrote, with
/// a fresh key, so the bytes written are the same.
/// </summary>
internal sealed class PlainReportRows : IDisposable
{
    // Table, the column given a fresh unique value per row, and the column SQLite numbers itself.
    private static readonly (string Table, string? FreshKey, string? Numbered)[] Tables =
    [
        ("session_reports", "Id", null),
        ("outbox", "MessageId", "Sequence"),
        ("audit_records", null, "Sequence"),
        ("processed_requests", "RequestId", null),
    ];

    private readonly SqliteConnection _connection;
    private readonly List<(SqliteCommand Command, SqliteParameter? Key)> _inserts = [];

    private PlainReportRows(SqliteConnection connection) => _connection = connection;

    public static async Task<PlainReportRows> OpenAsync(string databaseFile)
    {
        var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync();
        var rows = new PlainReportRows(connection);
        foreach (var (table, freshKey, numbered) in Tables)
        {
            rows._inserts.Add(await InsertLikeLatestAsync(connection, table, freshKey, numbered));
        }
        return rows;
    }

    public void Write()
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var (command, key) in _inserts)
        {
            command.Transaction = transaction;
            if (key is not null)
            {
                key.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            }
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var (command, _) in _inserts)
        {
            command.Dispose();
        }
        _connection.Dispose();
    }

    private static async Task<(SqliteCommand, SqliteParameter?)> InsertLikeLatestAsync(SqliteConnection connection, string table, string? freshKey, string? numbered)
    {
        var columns = new List<string>();
        var values = new List<object>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid DESC LIMIT 1";
            await using var reader = await read.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException($"{table} is empty: seed reports first.");
            }
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetName(i) != numbered)
                {
                    columns.Add(reader.GetName(i));
                    values.Add(reader.GetValue(i));
                }
            }
        }
        if (freshKey is not null && !columns.Contains(freshKey))
        {
            throw new InvalidOperationException($"{table} has no column {freshKey}.");
        }
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        SqliteParameter? key = null;
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = command.Parameters.AddWithValue($"$p{i}", values[i]);
            if (columns[i] == freshKey)
            {
                key = parameter;
            }
        }
        command.Prepare();
        return (command, key);
    }
}
