using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.ServiceDefaults.Persistence;
using Telehealth.ServiceDefaults.Tests.Probe;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Persistence;

/// <summary>
/// Group commit: connections commit without syncing themselves, and a save returns only after a
/// sync of the log that started after its commit; writers that commit together share syncs.
/// </summary>
public sealed class DurableCommitTests() : WriterHostTest("durable")
{
    private DurableCommits File => DurableCommits.For(new SqliteConnection($"Data Source={Database.File}"))!;

    [Fact]
    public async Task A_connection_leaves_syncing_to_the_group_commit()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        // 1 is NORMAL: in WAL mode a commit does not sync the log.
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_save_of_one_row_waits_for_a_sync_that_started_after_its_commit()
    {
        var before = File.Syncs;

        await AddNoteAsync(Guid.NewGuid());

        Assert.True(File.Syncs > before, "a single-row save returned without a sync of the log");
    }

    [Fact]
    public async Task Writers_that_commit_together_share_syncs_and_every_change_is_kept()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(ids.Select(id => Task.Run(() => AddNoteAsync(id)))).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(ids.Count, await CountNotesAsync());

        // The writers above take the write turn one at a time, and on a loaded machine each could
        // find the sync before it already done; here every commit asks for its sync at once.
        var before = File.Syncs;
        await Task.WhenAll(ids.Select(_ => File.SyncAsync())).WaitAsync(TimeSpan.FromSeconds(120));

        var syncs = File.Syncs - before;
        Assert.True(syncs >= 1 && syncs < ids.Count, $"{ids.Count} commits asking together took {syncs} syncs; they should share them");
    }

    private Task AddNoteAsync(Guid id) => Host.AddNoteAsync(id);

    private Task<int> CountNotesAsync() => Host.CountNotesAsync();
}
