using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// What every connection of a service sets when it opens, in one command:
/// <list type="bullet">
/// <item>PRAGMA busy_timeout: SQLite itself waits for the write lock (it retries every few
/// milliseconds) instead of answering SQLITE_BUSY at once. Without it Microsoft.Data.Sqlite retries a
/// busy statement after sleeping 150 ms on the calling thread, so with several writers most writes
/// waited 150 ms or more while the lock was free again within a millisecond, and the sleeping threads
/// starved the thread pool. The timeout is the connection's command timeout. Still needed with
/// Microsoft.Data.Sqlite 10: it never sets busy_timeout itself.</item>
/// <item>PRAGMA synchronous = NORMAL: a commit does not fsync the write-ahead log itself;
/// <see cref="DurableCommits"/> does it once for all the commits made meanwhile, before any of them
/// is answered.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    // EF opens a pooled connection for every query; the settings stay with the SQLite connection
    // underneath, so each is set once, when it is first seen.
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];
    private static readonly object Done = new();

    public static SqliteConnectionSettings Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Configured.TryGetValue(handle, out _))
        {
            return;
        }
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = " + (sqlite.DefaultTimeout * 1000L).ToString(CultureInfo.InvariantCulture) + "; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(handle, Done);
    }
}
