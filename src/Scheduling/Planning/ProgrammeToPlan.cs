namespace Telehealth.Scheduling.Planning;

/// <summary>
/// A programme as it stands: <paramref name="ItemsVersion"/> is the version whose items these are
/// (a pause or resume makes a new version without new items, and reports name the items' version).
/// </summary>
public sealed record ProgrammeToPlan(Guid ProgrammeId, int ItemsVersion, bool Active, IReadOnlyList<PlanItem> Items);
