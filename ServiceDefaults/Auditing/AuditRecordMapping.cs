using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>The audit_records table every service's database has.</summary>
internal static class AuditRecordMapping
{
    public const int MaxReasonLength = 4000;

    public static void Configure(EntityTypeBuilder<AuditRecord> audit)
    {
        audit.ToTable("audit_records");
        audit.HasKey(r => r.Sequence);
        audit.Property(r => r.Actor).HasMaxLength(AuditRecord.MaxActorLength).IsRequired();
        audit.Property(r => r.Action).HasMaxLength(AuditRecord.MaxActionLength).IsRequired();
        audit.Property(r => r.Reason).HasMaxLength(MaxReasonLength);
        // A patient's trail is read newest first, a page at a time.
        audit.HasIndex(r => new { r.PatientId, r.Sequence });
    }
}
