using System.Collections.Concurrent;
using System.Data.Common;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>One gate per database file, shared by every DbContext of the process that writes to it.</summary>
internal static class SqliteWriteGates
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(DbConnection connection) =>
        Gates.GetOrAdd(connection.DataSource is { Length: > 0 } file ? file : connection.ConnectionString, _ => new SemaphoreSlim(1, 1));
}
