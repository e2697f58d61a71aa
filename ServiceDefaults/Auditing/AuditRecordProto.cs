using Google.Protobuf.WellKnownTypes;
using Proto = Telehealth.Contracts.Audit.V1;

namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>An audit record as the API gives it.</summary>
internal static class AuditRecordProto
{
    public static Proto.AuditRecord From(AuditRecord record) => new()
    {
        Sequence = record.Sequence,
        Actor = record.Actor,
        OccurredAt = Timestamp.FromDateTimeOffset(record.OccurredAt),
        Action = record.Action,
        SchemaVersion = record.SchemaVersion,
        SubjectId = record.SubjectId?.ToString() ?? "",
        Reason = record.Reason ?? "",
        BeforeJson = record.Before ?? "",
        AfterJson = record.After ?? "",
    };
}
