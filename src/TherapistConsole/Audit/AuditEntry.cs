using Telehealth.Contracts.Audit.V1;

namespace Telehealth.TherapistConsole.Audit;

/// <summary>An audit record and the service that kept it.</summary>
public sealed record AuditEntry(string Service, AuditRecord Record)
{
    public DateTimeOffset At => Record.OccurredAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue;
}
