namespace Telehealth.Progress.Rules;

/// <summary>
/// What the patient did for one programme item in a session.
/// </summary>
/// <param name="Rpe">Rating of perceived exertion, 0–10; null when not reported.</param>
/// <param name="PainDuring">Pain during this exercise, 0–10; null when not reported.</param>
/// <param name="SkippedBecause">Set when the exercise was not done.</param>
public sealed record ExerciseResult(
    Guid ProgrammeItemId,
    IReadOnlyList<SetResult> Sets,
    int? Rpe = null,
    int? PainDuring = null,
    SkipReason? SkippedBecause = null)
{
    public bool Skipped => SkippedBecause is not null;
}
