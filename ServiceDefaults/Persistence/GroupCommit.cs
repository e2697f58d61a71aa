using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// Saves what many calls added in one transaction. Each call takes its decisions in its own
/// context, then hands over the rows it added; while one group holds the write turn, the calls
/// that finish meanwhile wait together and go in as the next group, in one transaction, one
/// turn and one sync. Under load a service then takes the write turn once per group rather than
/// once per call: on a busy machine the turn, not the CPU, had set how many reports a second
/// progress took. Each call returns once its rows are committed and on disk, as a save of its
/// own would. A group that fails is saved again one call at a time, so a call whose rows cannot
/// be stored (a duplicate key) fails alone and the others are kept.
/// </summary>
public sealed class GroupCommit<TContext>(IServiceScopeFactory scopes, ILogger<GroupCommit<TContext>> logger)
    where TContext : ServiceDbContext
{
    /// <summary>Calls saved together at most: a group holds the turn for all of its rows.</summary>
    public const int MaxGroup = 64;

    // Two groups at a time: one writes while the other waits for its sync, as single saves do.
    private const int MaxWriters = 2;

    private static readonly ConcurrentDictionary<IEntityType, bool> ShadowValues = new();

    private readonly ConcurrentQueue<PendingSave> _waiting = new();
    private int _writers;
    private int _groupsCommitted;
    private int _groupsSplit;

    /// <summary>Calls handed over and not yet taken into a group (tests wait on it).</summary>
    internal int Waiting => _waiting.Count;

    /// <summary>Groups being written now.</summary>
    internal int Writers => Volatile.Read(ref _writers);

    /// <summary>Groups committed, a call saved alone counting as one.</summary>
    internal int GroupsCommitted => Volatile.Read(ref _groupsCommitted);

    /// <summary>Groups that failed and were saved again one call at a time.</summary>
    internal int GroupsSplit => Volatile.Read(ref _groupsSplit);

    /// <summary>
    /// Commits what <paramref name="changes"/> added, with other calls' rows when they wait too.
    /// A context that changed or deleted rows it loaded, or that is in a transaction, is saved on
    /// its own, as before: only new rows can move to another context safely. Either way the
    /// context tracks nothing afterwards.
    /// </summary>
    public async Task SaveChangesAsync(TContext changes, CancellationToken cancellationToken)
    {
        var entries = changes.ChangeTracker.Entries().ToList();
        // In a transaction of its own the context holds the write turn a group would wait for.
        if (changes.Database.CurrentTransaction is not null
            || entries.Any(e => e.State is EntityState.Modified or EntityState.Deleted)
            || entries.Any(e => HasShadowValues(e.Metadata)))
        {
            await changes.SaveChangesAsync(cancellationToken);
            changes.ChangeTracker.Clear();
            return;
        }
        var added = entries.Where(e => e.State == EntityState.Added).Select(NewRow.Of).ToList();
        // Left tracked, a later SaveChanges on the same context would insert them a second time.
        changes.ChangeTracker.Clear();
        if (added.Count == 0)
        {
            return;
        }
        var pending = new PendingSave(added);
        _waiting.Enqueue(pending);
        StartWriterIfNeeded();
        // The rows are written whether or not the caller still waits: a retry with the same
        // request id then finds the answer kept with them.
        await pending.Saved.Task.WaitAsync(cancellationToken);
    }

    private void StartWriterIfNeeded()
    {
        while (!_waiting.IsEmpty)
        {
            var writers = Volatile.Read(ref _writers);
            if (writers >= MaxWriters)
            {
                return;
            }
            if (Interlocked.CompareExchange(ref _writers, writers + 1, writers) == writers)
            {
                // The group's work belongs to no one call: it takes none of their trace or scope.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(WriteWhileWaitingAsync);
                }
                return;
            }
        }
    }

    private async Task WriteWhileWaitingAsync()
    {
        try
        {
            while (!_waiting.IsEmpty && await WriteNextGroupAsync())
            {
            }
        }
        finally
        {
            Interlocked.Decrement(ref _writers);
            // A call may have been handed over after the last take and before the count went down.
            StartWriterIfNeeded();
        }
    }

    /// <summary>
    /// Takes the turn, then every call waiting by then, and commits them. Taken before the turn, a
    /// group left the calls that finished while it waited for the next turn: under load each call
    /// waited for two turns rather than one, in groups of a few.
    /// Returns false when the other writer had taken every call by the time the turn came.
    /// </summary>
    private async Task<bool> WriteNextGroupAsync()
    {
        List<PendingSave> group = [];
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            group = TakeGroup();
            if (group.Count == 0)
            {
                return false;
            }
            AddRows(db, group);
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception failed) when (group.Count > 1)
        {
            logger.LogWarning("A group of {Count} saves failed ({ExceptionType}); saving them one at a time", group.Count, failed.GetType().Name);
            Interlocked.Increment(ref _groupsSplit);
            foreach (var save in group)
            {
                await SaveAloneAsync(save);
            }
            return true;
        }
        catch (Exception failed)
        {
            // A group of one fails as its own save would; so do the calls waiting when the turn itself could not be had.
            group = group.Count > 0 ? group : TakeGroup();
            Fail(group, failed);
            return group.Count > 0;
        }
        Committed(group);
        return true;
    }

    private List<PendingSave> TakeGroup()
    {
        var group = new List<PendingSave>();
        while (group.Count < MaxGroup && _waiting.TryDequeue(out var next))
        {
            group.Add(next);
        }
        return group;
    }

    private async Task SaveAloneAsync(PendingSave save)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            AddRows(db, [save]);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception failed)
        {
            Fail([save], failed);
            return;
        }
        Committed([save]);
    }

    private void Committed(List<PendingSave> group)
    {
        Interlocked.Increment(ref _groupsCommitted);
        foreach (var save in group)
        {
            save.Saved.TrySetResult();
        }
    }

    private static void Fail(List<PendingSave> group, Exception failed)
    {
        foreach (var save in group)
        {
            save.Saved.TrySetException(failed);
        }
    }

    private static void AddRows(TContext db, List<PendingSave> group)
    {
        foreach (var row in group.SelectMany(save => save.Rows))
        {
            row.AddTo(db);
        }
    }

    // Values kept only by the change tracker (shadow properties) would not move with the entity.
    // The model does not change, so each entity type is looked at once.
    private static bool HasShadowValues(IEntityType type) =>
        ShadowValues.GetOrAdd(type, static t => t.GetProperties().Any(p => p.IsShadowProperty()));

    private sealed class PendingSave(List<NewRow> rows)
    {
        public List<NewRow> Rows { get; } = rows;

        public TaskCompletionSource Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
