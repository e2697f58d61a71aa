using Telehealth.Contracts.Audit.V1;

namespace Telehealth.TherapistConsole.Audit;

/// <summary>An audit record and the service that kept it.</summary>
public sealed record AuditEntry(string Service, AuditRecord Record)
{
    public DateTimeOffset At => When(Record);

    /// <summary>When the change was made; a record without a time sorts as the oldest.</summary>
    public static DateTimeOffset When(AuditRecord record) => record.OccurredAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue;
}
