namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>
/// What a use case records about a clinical change. <see cref="Before"/> and <see cref="After"/>
/// are snapshots of what changed, of the action's snapshot type, stored as JSON; leave one null
/// where it does not apply.
/// </summary>
/// <param name="Actor">Who: <c>caller.ToString()</c>, or "service:&lt;name&gt;" for what the service did by itself.</param>
/// <param name="Action">What, as "subject.verb" ("programme.adjusted", "appointment.cancelled"), with the shape of its snapshots.</param>
public sealed record AuditEntry(Guid PatientId, string Actor, AuditAction Action, Guid? SubjectId)
{
    public string? Reason { get; init; }

    public object? Before { get; init; }

    public object? After { get; init; }
}
