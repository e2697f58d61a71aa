namespace Telehealth.Scheduling.Data;

/// <summary>The unguessable token in a patient's calendar feed address; rotating it revokes the old address.</summary>
public sealed class CalendarSubscription
{
    public Guid PatientId { get; set; }

    public string Token { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }
}
