using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Telehealth.Prescription.Tests.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Prescription.Tests.Auditing;

/// <summary>An audit record cannot be changed or removed: the DbContext refuses, and so does the database.</summary>
public sealed class AuditTrailProtectionTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly Guid _patient = Guid.NewGuid();

    public AuditTrailProtectionTests()
    {
        using var db = _database.NewContext();
        var action = new AuditAction("programme.adjusted", typeof(LoadSnapshot), SchemaVersion: 1);
        db.RecordAudit(new AuditEntry(_patient, "therapist:" + Guid.NewGuid(), action, Guid.NewGuid())
        {
            Reason = "Load up after review",
            Before = new LoadSnapshot(20m),
            After = new LoadSnapshot(22.5m),
        }, DateTimeOffset.UtcNow);
        db.SaveChanges();
    }

    [Fact]
    public async Task The_DbContext_refuses_to_save_a_changed_record()
    {
        await using (var db = _database.NewContext())
        {
            var record = await db.AuditTrail.SingleAsync();
            db.Entry(record).Property(r => r.Reason).CurrentValue = "Rewritten";

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", refused.Message);
        }
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task The_DbContext_refuses_to_save_a_removed_record()
    {
        await using (var db = _database.NewContext())
        {
            db.AuditTrail.Remove(await db.AuditTrail.SingleAsync());

            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }
        await AssertUnchangedAsync();
    }

    [Theory]
    [InlineData("UPDATE audit_records SET Reason = 'Rewritten'")]
    [InlineData("UPDATE audit_records SET After = NULL, Actor = 'patient:someone-else'")]
    [InlineData("DELETE FROM audit_records")]
    public async Task The_database_refuses_to_change_or_remove_a_record(string statement)
    {
        await using (var db = _database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(statement));
            Assert.Contains("append-only", refused.Message);
        }
        await AssertUnchangedAsync();
    }

    public void Dispose() => _database.Dispose();

    private async Task AssertUnchangedAsync()
    {
        await using var db = _database.NewContext();
        var record = await db.AuditTrail.AsNoTracking().SingleAsync();
        Assert.Equal(_patient, record.PatientId);
        Assert.Equal("Load up after review", record.Reason);
        Assert.Equal("{\"loadKg\":22.5}", record.After);
    }

    private sealed record LoadSnapshot(decimal LoadKg);
}
