using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Win32.SafeHandles;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// Group commit for one SQLite file. With <c>synchronous=FULL</c> every commit waited for its own
/// fsync of the write-ahead log (about 5 ms on a quiet disk, tens under load) while holding the
/// process's write turn, so a service wrote a few dozen changes a second whatever its CPU. Commits
/// now run with <c>synchronous=NORMAL</c> and then wait here, after giving the turn back, for one
/// fsync of the log that covers every commit made before it started: writers that commit while a
/// sync is under way share the next one. No call is answered, no message acknowledged and no event
/// published before its change is on disk, exactly as before.
/// </summary>
internal sealed class DurableCommits(string databaseFile)
{
    private static readonly ConcurrentDictionary<string, DurableCommits> Files = new(StringComparer.Ordinal);

    private readonly Lock _lock = new();
    private long _requested;
    private long _synced;
    private Task? _syncing;

    /// <summary>Syncs done so far (tests check that concurrent commits share them).</summary>
    public long Syncs { get; private set; }

    public static DurableCommits? For(DbConnection connection) =>
        connection.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file::memory:", StringComparison.Ordinal)
            ? Files.GetOrAdd(Path.GetFullPath(file), path => new DurableCommits(path))
            : null;

    /// <summary>Returns once everything committed to the file before the call is on disk.</summary>
    public async Task SyncAsync()
    {
        var ticket = Interlocked.Increment(ref _requested);
        while (Interlocked.Read(ref _synced) < ticket)
        {
            Task syncing;
            lock (_lock)
            {
                // A sync already under way may have started before this commit: wait for it, then start the next.
                syncing = _syncing ??= Task.Run(SyncFile);
            }
            await syncing;
        }
    }

    private void SyncFile()
    {
        var covers = Interlocked.Read(ref _requested);
        try
        {
            // The log is synced before each checkpoint, and the database file after it, by SQLite
            // itself; between checkpoints the committed pages are in the log. The automatic
            // checkpoint stays inside the commit that takes the log past 1,000 pages, under the
            // write turn: run beside the writers instead, it never caught up with them, the log
            // could never start over, and notification's grew to 359 MB in one load run.
            FlushLogOrDatabase();
            Syncs++;
            Interlocked.Exchange(ref _synced, covers);
        }
        finally
        {
            lock (_lock)
            {
                _syncing = null;
            }
        }
    }

    // The last connection to close checkpoints the log into the database file and deletes it.
    private void FlushLogOrDatabase()
    {
        try
        {
            Flush(databaseFile + "-wal");
        }
        catch (FileNotFoundException)
        {
            Flush(databaseFile);
        }
    }

    private static void Flush(string path)
    {
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.FlushToDisk(handle);
    }
}
