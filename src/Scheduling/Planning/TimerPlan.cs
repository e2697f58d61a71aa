using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>
/// A timer the plan wants: what it is about (a session, an appointment, or the patient for movement
/// breaks and planning ahead) and when it is due. Kind, subject and due time identify it.
/// </summary>
public sealed record TimerPlan(TimerKind Kind, Guid SubjectId, Instant DueAt, Duration? Lead = null);
