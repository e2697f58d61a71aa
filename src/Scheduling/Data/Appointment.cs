namespace Telehealth.Scheduling.Data;

/// <summary>A telehealth review between a therapist and a patient, with who booked, moved or cancelled it.</summary>
public sealed class Appointment
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Guid TherapistId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public AppointmentStatus Status { get; set; }

    public string Reason { get; set; } = "";

    public bool Urgent { get; set; }

    public AppointmentOrigin Origin { get; set; }

    /// <summary>Times rescheduled.</summary>
    public int Sequence { get; set; }

    public string CancelReason { get; set; } = "";

    public string BookedBy { get; set; } = "";

    public DateTimeOffset BookedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
