using Telehealth.Progress.Data;
using Telehealth.Testing.Storage;
using Microsoft.EntityFrameworkCore;

namespace Telehealth.Progress.Tests.Storage;

/// <summary>
/// A database written by an older build opens with this one: the service's migrator brings it up
/// to date at start and every row reads back as it was written.
/// </summary>
public sealed class StoredDatabaseTests : IDisposable
{
    /// <summary>Written by <see cref="ProgressFixtureRows.WriteAsync"/> with EF Core 6.0.7.</summary>
    private const string EfCore6Fixture = "Storage/Fixtures/progress-ef6.db";

    /// <summary>Names a folder to save the database the round trip wrote, as the fixture for a later upgrade.</summary>
    private const string FixtureOutputVariable = "TELEHEALTH_FIXTURE_OUTPUT";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "telehealth-progress-" + Guid.NewGuid().ToString("N"));

    public StoredDatabaseTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_database_written_by_EF_Core_6_keeps_every_row_once_the_service_has_migrated_it()
    {
        var file = Path.Combine(_folder, "progress.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, EfCore6Fixture), file);

        await using var database = await StartedDatabase<ProgressDbContext>.StartAsync(file, "progressdb");

        await database.UseAsync(async db =>
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await ProgressFixtureRows.AssertStoredAsync(db);
        });
    }

    [Fact]
    public async Task Every_kind_of_row_reads_back_from_a_new_database()
    {
        var file = Path.Combine(_folder, "progress.db");
        await using (var database = await StartedDatabase<ProgressDbContext>.StartAsync(file, "progressdb"))
        {
            await database.UseAsync(ProgressFixtureRows.WriteAsync);
            await database.UseAsync(ProgressFixtureRows.AssertStoredAsync);
        }

        if (Environment.GetEnvironmentVariable(FixtureOutputVariable) is { Length: > 0 } output)
        {
            var efCore = typeof(DbContext).Assembly.GetName().Version!.Major;
            File.Copy(file, Path.Combine(output, $"progress-ef{efCore}.db"), overwrite: true);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
