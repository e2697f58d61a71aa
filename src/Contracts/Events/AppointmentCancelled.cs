namespace Telehealth.Contracts.Events.V1;

public sealed record AppointmentCancelled(
    Guid AppointmentId,
    Guid PatientId,
    Guid TherapistId,
    DateTimeOffset StartsAt,
    string Reason,
    DateTimeOffset CancelledAt);
