namespace Telehealth.Scheduling.Data;

/// <summary>A review progress asked for, and what scheduling did about it.</summary>
public sealed class ReviewRequest
{
    public Guid RequestId { get; set; }

    public Guid PatientId { get; set; }

    public Guid TherapistId { get; set; }

    public string Reason { get; set; } = "";

    public bool Urgent { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The session report that prompted it, so an offer made at once joins the therapist's notification about that report.</summary>
    public Guid? ReportId { get; set; }

    public ReviewRequestStatus Status { get; set; }

    public Guid? AppointmentId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
