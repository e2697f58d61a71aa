using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// A DbContext's turn at writing. SQLite lets one transaction write at a time, and a writer that
/// finds the lock taken sleeps in growing steps (up to 100 ms) before it tries again, so under
/// load most of them slept while the lock stood free: a service took fewer than 200 reports a
/// second with a core to spare. Writers of one process now queue for the database file in
/// memory and go in one after another; busy_timeout still covers any other process.
/// A turn is taken when a transaction begins and given back when it commits, rolls back, fails,
/// or its connection closes or the context is disposed, whichever comes first.
/// Still needed with EF Core 10: neither EF nor Microsoft.Data.Sqlite queues writers, and the sleeping is SQLite's own.
/// </summary>
internal sealed class WriteTurn
{
    private SemaphoreSlim? _held;

    public async ValueTask EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _held) is not null)
        {
            return;
        }
        var gate = SqliteWriteGates.For(connection);
        if (!await gate.WaitAsync(Timeout(connection), cancellationToken))
        {
            throw Busy();
        }
        _held = gate;
    }

    public void Enter(DbConnection connection)
    {
        if (Volatile.Read(ref _held) is not null)
        {
            return;
        }
        var gate = SqliteWriteGates.For(connection);
        if (!gate.Wait(Timeout(connection)))
        {
            throw Busy();
        }
        _held = gate;
    }

    public void Leave() => Interlocked.Exchange(ref _held, null)?.Release();

    private static TimeSpan Timeout(DbConnection connection) =>
        TimeSpan.FromSeconds(connection is SqliteConnection sqlite && sqlite.DefaultTimeout > 0 ? sqlite.DefaultTimeout : 30);

    // As SQLite itself would answer after busy_timeout; the storage interceptor makes it UNAVAILABLE.
    private static SqliteException Busy() => new("database is locked: other writers of this process held it too long", 5);
}
