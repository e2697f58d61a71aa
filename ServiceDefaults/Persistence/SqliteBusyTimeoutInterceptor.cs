using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock (PRAGMA busy_timeout: it retries every few
/// milliseconds) instead of answering SQLITE_BUSY at once. Without it Microsoft.Data.Sqlite retries
/// a busy statement after sleeping 150 ms on the calling thread, so with several writers in a
/// service most writes waited 150 ms or more while the lock was free again within a millisecond,
/// and the sleeping threads starved the thread pool. The timeout is the connection's command
/// timeout, so a database locked for longer than that still fails as it did before.
/// Still needed with Microsoft.Data.Sqlite 10: it never sets busy_timeout itself, and its
/// <c>Default Timeout</c> only bounds how long that 150 ms sleep-and-retry loop goes on.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public static SqliteBusyTimeoutInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = " + (sqlite.DefaultTimeout * 1000L).ToString(CultureInfo.InvariantCulture) + ";";
        command.ExecuteNonQuery();
    }
}
