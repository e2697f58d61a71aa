namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>
/// One clinical change as it happened: who, when, what, why, and the record before and after.
/// Written in the same transaction as the change; never changed or removed afterwards (the
/// DbContext refuses, and so do the database's triggers), so it has no way to be edited.
/// </summary>
public sealed class AuditRecord
{
    public const int MaxActorLength = 200;
    public const int MaxActionLength = 100;

    private AuditRecord()
    {
    }

    internal AuditRecord(AuditEntry entry, DateTimeOffset occurredAt)
    {
        PatientId = entry.PatientId;
        Actor = entry.Actor;
        Action = entry.Action.Name;
        SchemaVersion = entry.Action.SchemaVersion;
        SubjectId = entry.SubjectId;
        Reason = string.IsNullOrWhiteSpace(entry.Reason) ? null : entry.Reason.Trim();
        Before = AuditSnapshot.ToJson(entry.Before);
        After = AuditSnapshot.ToJson(entry.After);
        OccurredAt = occurredAt.ToUniversalTime();
    }

    /// <summary>The record's place in the service's trail, in the order the changes committed.</summary>
    public long Sequence { get; private set; }

    public Guid PatientId { get; private set; }

    /// <summary>As <see cref="Api.Caller.ToString"/> writes a caller ("therapist:…"), or "service:…" for the service itself.</summary>
    public string Actor { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>What was done, e.g. "programme.adjusted".</summary>
    public string Action { get; private set; } = "";

    /// <summary>The version of the shape of <see cref="Before"/> and <see cref="After"/> for this action.</summary>
    public int SchemaVersion { get; private set; }

    public Guid? SubjectId { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>JSON; null when there was nothing before (a creation).</summary>
    public string? Before { get; private set; }

    /// <summary>JSON; null when nothing is left after.</summary>
    public string? After { get; private set; }
}
