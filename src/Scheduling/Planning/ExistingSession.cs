using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>A session already in the schedule, as a re-plan compares it.</summary>
public sealed record ExistingSession(
    Guid SessionId,
    SessionState State,
    Instant WindowStart,
    Instant WindowEnd,
    int ProgrammeVersion,
    IReadOnlyList<PlannedExercise> Exercises)
{
    /// <summary>Done, missed, started or over: history, which no re-plan touches.</summary>
    public bool IsFrozen(Instant now) => State is SessionState.Done or SessionState.Missed || WindowStart <= now;

    public bool Matches(SessionPlan plan) =>
        State == SessionState.Planned
        && WindowStart == plan.WindowStart
        && WindowEnd == plan.WindowEnd
        && ProgrammeVersion == plan.ProgrammeVersion
        && Exercises.Select(e => e.ItemId).SequenceEqual(plan.Exercises.Select(e => e.ItemId));
}
