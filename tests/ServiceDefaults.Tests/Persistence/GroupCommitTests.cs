using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.ServiceDefaults.Persistence;
using Telehealth.ServiceDefaults.Tests.Probe;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Persistence;

/// <summary>Calls that finish while another holds the write turn are written together, and each still fails or succeeds on its own.</summary>
public sealed class GroupCommitTests() : WriterHostTest("group-commit")
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private GroupCommit<ProbeDbContext> Commits => Host.Services.GetRequiredService<GroupCommit<ProbeDbContext>>();

    [Fact]
    public async Task Calls_waiting_for_the_turn_are_committed_as_one_group_once_it_comes_free()
    {
        var ids = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        List<Task> saves;
        await using (var holder = await HoldTurnAsync())
        {
            saves = [.. ids.Select(id => AddNoteWithEventAsync(id))];
            await WaitUntilAsync(() => Commits.Waiting == ids.Count && Commits.Writers == 2, "every call waiting, and both writers at the turn");
            Assert.DoesNotContain(saves, save => save.IsCompleted);
            await holder.CommitAsync();
        }

        await Task.WhenAll(saves).WaitAsync(Limit);

        Assert.Equal(ids.Count, await CountAsync(db => db.Notes.CountAsync()));
        Assert.Equal(ids.Count, await CountAsync(db => db.Outbox.Select(m => m.Sequence).Distinct().CountAsync()));
        // The writer that got the turn took every call waiting by then; the other found none left.
        Assert.Equal(1, Commits.GroupsCommitted);
    }

    [Fact]
    public async Task A_group_holds_at_most_its_limit_and_the_rest_go_in_the_next()
    {
        var ids = Enumerable.Range(0, GroupCommit<ProbeDbContext>.MaxGroup + 10).Select(_ => Guid.NewGuid()).ToList();
        List<Task> saves;
        await using (var holder = await HoldTurnAsync())
        {
            saves = [.. ids.Select(id => AddNoteWithEventAsync(id))];
            await WaitUntilAsync(() => Commits.Waiting == ids.Count && Commits.Writers == 2, "every call waiting, and both writers at the turn");
            await holder.CommitAsync();
        }

        await Task.WhenAll(saves).WaitAsync(Limit);

        Assert.Equal(ids.Count, await CountAsync(db => db.Notes.CountAsync()));
        Assert.Equal(2, Commits.GroupsCommitted);
    }

    [Fact]
    public async Task A_call_whose_rows_cannot_be_stored_fails_alone_and_the_rest_of_its_group_is_kept()
    {
        var taken = Guid.NewGuid();
        await AddNoteWithEventAsync(taken);
        var ids = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();
        Task duplicate;
        List<Task> saves;
        await using (var holder = await HoldTurnAsync())
        {
            saves = [.. ids.Take(4).Select(id => AddNoteWithEventAsync(id))];
            duplicate = AddNoteWithEventAsync(taken);
            saves.AddRange(ids.Skip(4).Select(id => AddNoteWithEventAsync(id)));
            await WaitUntilAsync(() => Commits.Waiting == ids.Count + 1 && Commits.Writers == 2, "the calls waiting together");
            await holder.CommitAsync();
        }

        await Task.WhenAll(saves).WaitAsync(Limit);
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate.WaitAsync(Limit));

        Assert.Equal(1, Commits.GroupsSplit);
        Assert.Equal(1 + ids.Count, await CountAsync(db => db.Notes.CountAsync()));
        Assert.Equal(1 + ids.Count, await CountAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task A_call_that_changed_a_row_it_read_is_saved_on_its_own()
    {
        var id = Guid.NewGuid();
        await AddNoteWithEventAsync(id);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            var note = await db.Notes.SingleAsync(n => n.Id == id);
            note.Text = "changed";
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "new" });
            await Commits.SaveChangesAsync(db, CancellationToken.None);
            Assert.Empty(db.ChangeTracker.Entries());
        }

        Assert.Equal("changed", await CountAsync(db => db.Notes.Where(n => n.Id == id).Select(n => n.Text).SingleAsync()));
        Assert.Equal(2, await CountAsync(db => db.Notes.CountAsync()));
        Assert.Equal(1, Commits.GroupsCommitted);
    }

    private async Task AddNoteWithEventAsync(Guid id)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        db.Notes.Add(new Note { Id = id, Text = "note" });
        db.Publish(new NoteAdded(id, "note"), DateTimeOffset.UtcNow);
        await Commits.SaveChangesAsync(db, CancellationToken.None);
    }

    /// <summary>A transaction of another writer of the process, holding the turn until committed.</summary>
    private async Task<TurnHolder> HoldTurnAsync()
    {
        var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        return new TurnHolder(scope, await db.Database.BeginTransactionAsync());
    }

    private async Task<T> CountAsync<T>(Func<ProbeDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProbeDbContext>());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var until = DateTime.UtcNow + Limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }

    private sealed class TurnHolder(AsyncServiceScope scope, IDbContextTransaction transaction) : IAsyncDisposable
    {
        public Task CommitAsync() => transaction.CommitAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await scope.DisposeAsync();
        }
    }
}
