using Microsoft.EntityFrameworkCore;
using Telehealth.Prescription.Tests.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Prescription.Tests.Auditing;

/// <summary>A record carries its action's schema version, and only the action's snapshot type is written under it.</summary>
public sealed class AuditActionTests : IDisposable
{
    private static readonly AuditAction Weighed = new("load.weighed", typeof(LoadSnapshot), SchemaVersion: 3);

    private readonly SqliteDatabase _database = new();

    [Fact]
    public async Task A_record_keeps_the_schema_version_of_its_action()
    {
        await using (var db = _database.NewContext())
        {
            db.RecordAudit(new AuditEntry(Guid.NewGuid(), "therapist:" + Guid.NewGuid(), Weighed, Guid.NewGuid()) { After = new LoadSnapshot(20m) }, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await using var read = _database.NewContext();
        var record = await read.AuditTrail.SingleAsync();
        Assert.Equal(("load.weighed", 3, "{\"loadKg\":20}"), (record.Action, record.SchemaVersion, record.After));
    }

    [Fact]
    public async Task A_snapshot_of_another_type_is_refused_before_anything_is_saved()
    {
        await using (var db = _database.NewContext())
        {
            var refused = Assert.Throws<InvalidOperationException>(() =>
                db.RecordAudit(new AuditEntry(Guid.NewGuid(), "therapist:" + Guid.NewGuid(), Weighed, Guid.NewGuid()) { Before = new { LoadKg = 20m } }, DateTimeOffset.UtcNow));
            Assert.Contains("takes LoadSnapshot snapshots", refused.Message);
            await db.SaveChangesAsync();
        }

        await using var read = _database.NewContext();
        Assert.Equal(0, await read.AuditTrail.CountAsync());
    }

    public void Dispose() => _database.Dispose();

    private sealed record LoadSnapshot(decimal LoadKg);
}
