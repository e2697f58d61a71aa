using Microsoft.Data.Sqlite;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// Checkpoints a database's write-ahead log beside the writers. SQLite's automatic checkpoint runs
/// inside the commit that takes the log past 1,000 pages, while that writer still holds the
/// process's write turn, so every other writer waited for the copy and its syncs. Connections turn
/// it off (<see cref="SqliteConnectionSettings"/>), and <see cref="DurableCommits"/> asks for a
/// checkpoint here after its syncs, at most once a second. It is PASSIVE: it copies what no reader
/// still needs and never waits for a reader or a writer.
/// </summary>
internal sealed class BackgroundCheckpoints(string databaseFile)
{
    private const long IntervalMilliseconds = 1000;

    private long _last = Environment.TickCount64;
    private int _running;

    /// <summary>Checkpoints done so far (tests check that they happen).</summary>
    public long Done { get; private set; }

    public void RequestIfDue()
    {
        if (Environment.TickCount64 - Volatile.Read(ref _last) < IntervalMilliseconds || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }
        _ = Task.Run(Checkpoint);
    }

    private void Checkpoint()
    {
        try
        {
            // ReadWrite without Create: a database deleted meanwhile is not made again.
            var settings = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
            using var connection = new SqliteConnection(settings.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
            Done++;
        }
        catch (SqliteException)
        {
            // Nothing is at risk: the log keeps every commit until a checkpoint copies it. The next sync asks again.
        }
        finally
        {
            Volatile.Write(ref _last, Environment.TickCount64);
            Volatile.Write(ref _running, 0);
        }
    }
}
