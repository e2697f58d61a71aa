using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.ServiceDefaults.Tests.Probe;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Persistence;

/// <summary>Writers of one process take turns at the database file, and every way a transaction ends gives the turn back.</summary>
public sealed class WriteTurnTests() : WriterHostTest("write-turn")
{
    // A turn that was never given back would hold the next writer for the connection's 30 s timeout.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Hundreds_of_concurrent_writers_all_commit()
    {
        var ids = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(ids.Select(id => Task.Run(() => AddNoteAsync(id)))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ids.Count, await CountNotesAsync());
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_gives_its_turn_back()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "abandoned" });
            await db.SaveChangesAsync();

            // The same context writes again after its transaction is gone, as an inbox consumer that returns early may.
            await transaction.DisposeAsync();
            db.ChangeTracker.Clear();
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "kept" });
            await db.SaveChangesAsync().WaitAsync(Prompt);
        }

        await AddNoteAsync(Guid.NewGuid()).WaitAsync(Prompt);
        Assert.Equal(2, await CountNotesAsync());
    }

    [Fact]
    public async Task A_context_disposed_in_the_middle_of_a_transaction_gives_its_turn_back()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "abandoned" });
            await db.SaveChangesAsync();
        }

        await AddNoteAsync(Guid.NewGuid()).WaitAsync(Prompt);
        Assert.Equal(1, await CountNotesAsync());
    }

    [Fact]
    public async Task A_failed_write_gives_its_turn_back()
    {
        var id = Guid.NewGuid();
        await AddNoteAsync(id);

        await Assert.ThrowsAsync<DbUpdateException>(() => AddNoteAsync(id));

        await AddNoteAsync(Guid.NewGuid()).WaitAsync(Prompt);
        Assert.Equal(2, await CountNotesAsync());
    }

    private Task AddNoteAsync(Guid id) => Host.AddNoteAsync(id);

    private Task<int> CountNotesAsync() => Host.CountNotesAsync();
}
