using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Telehealth.Progress.Tests.Reports;

/// <summary>A report's audit record cannot be changed or removed, through the DbContext or straight in the database.</summary>
public sealed class AuditTrailProtectionTests : IAsyncLifetime
{
    private ReportScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _scenario = await ReportScenario.StartAsync();
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3);
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task The_DbContext_refuses_to_save_a_changed_or_removed_record()
    {
        await _scenario.QueryAsync(async db =>
        {
            var record = await db.AuditTrail.SingleAsync();
            db.Entry(record).Property(r => r.After).CurrentValue = "{\"painAfter\":0}";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.AuditTrail.Remove(await db.AuditTrail.SingleAsync());
            return await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });

        Assert.Contains("\"painAfter\":3", await _scenario.QueryAsync(db => db.AuditTrail.Select(r => r.After).SingleAsync()));
    }

    [Theory]
    [InlineData("UPDATE audit_records SET After = NULL")]
    [InlineData("UPDATE audit_records SET Actor = 'patient:someone-else', Reason = 'rewritten'")]
    [InlineData("DELETE FROM audit_records")]
    public async Task The_database_refuses_to_change_or_remove_a_record(string statement)
    {
        var refused = await _scenario.QueryAsync(db => Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(statement)));

        Assert.Contains("append-only", refused.Message);
        Assert.Contains("\"painAfter\":3", await _scenario.QueryAsync(db => db.AuditTrail.Select(r => r.After).SingleAsync()));
    }
}
