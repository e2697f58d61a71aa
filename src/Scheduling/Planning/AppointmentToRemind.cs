using NodaTime;

namespace Telehealth.Scheduling.Planning;

public sealed record AppointmentToRemind(Guid AppointmentId, Instant StartsAt, bool Urgent);
