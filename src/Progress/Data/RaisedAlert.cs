namespace Telehealth.Progress.Data;

/// <summary>An alert raised to the therapist, kept for triage until acknowledged.</summary>
public sealed class RaisedAlert
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Guid TherapistId { get; set; }

    /// <summary>The rules' AlertKind.</summary>
    public string Kind { get; set; } = "";

    public string Explanation { get; set; } = "";

    /// <summary>For red flags: the rules' RedFlag values, JSON.</summary>
    public string RedFlags { get; set; } = "[]";

    public Guid? ReportId { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The therapist who acknowledged it, wherever they did (today: the notification inbox).</summary>
    public Guid? AcknowledgedBy { get; set; }
}
