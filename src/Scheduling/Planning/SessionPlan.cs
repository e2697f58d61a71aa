using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>A session the planner wants: the programme's items due on a local day, and the window to do them in.</summary>
public sealed record SessionPlan(
    Guid SessionId,
    Guid ProgrammeId,
    int ProgrammeVersion,
    LocalDate Date,
    LocalTime LocalStart,
    Instant WindowStart,
    Instant WindowEnd,
    IReadOnlyList<PlannedExercise> Exercises);
