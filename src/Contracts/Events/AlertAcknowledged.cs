namespace Telehealth.Contracts.Events.V1;

/// <summary>
/// A therapist acknowledged an alert about a patient (Kind: "RedFlag", "PainFlare" or
/// "AdherenceDropped"). It covers the alerts of that kind raised up to <paramref name="RaisedAt"/>,
/// when the acknowledged notification was made.
/// </summary>
public sealed record AlertAcknowledged(Guid NotificationId, Guid PatientId, Guid AcknowledgedBy, string Kind, DateTimeOffset RaisedAt, DateTimeOffset AcknowledgedAt);
