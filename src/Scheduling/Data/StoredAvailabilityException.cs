namespace Telehealth.Scheduling.Data;

public sealed record StoredAvailabilityException(DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool Available, string Reason);
