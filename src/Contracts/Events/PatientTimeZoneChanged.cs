namespace Telehealth.Contracts.Events.V1;

/// <summary>
/// The patient set the time zone they live in (an IANA id such as "Europe/London"): what a
/// "day" means for them, for scheduling and for counting days of training.
/// </summary>
public sealed record PatientTimeZoneChanged(Guid PatientId, string TimeZone, DateTimeOffset ChangedAt);
