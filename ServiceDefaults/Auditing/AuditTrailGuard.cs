using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>
/// Refuses to save a change to or the removal of an audit record. The database's triggers refuse
/// the same; this says so before any statement is sent, naming the cause.
/// </summary>
internal static class AuditTrailGuard
{
    public static void RefuseEdits(ChangeTracker changes)
    {
        if (changes.Entries<AuditRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit records are append-only: they cannot be changed or removed.");
        }
    }
}
