namespace Telehealth.Scheduling.Planning;

/// <summary>What a re-plan does to the future: sessions to add, to change (or bring back), to cancel.</summary>
public sealed record SessionChanges(IReadOnlyList<SessionPlan> Added, IReadOnlyList<SessionPlan> Changed, IReadOnlyList<Guid> Cancelled)
{
    public bool None => Added.Count == 0 && Changed.Count == 0 && Cancelled.Count == 0;
}
