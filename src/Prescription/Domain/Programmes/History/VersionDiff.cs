using System.Text;

namespace Telehealth.Prescription.Domain;

/// <summary>
/// The differences between two versions of a programme: items added and removed, each changed
/// field of the items kept, status and review interval, and who made the versions in between and
/// why. <see cref="Describe"/> renders it for a therapist.
/// </summary>
public sealed record VersionDiff(
    int FromVersion,
    int ToVersion,
    IReadOnlyList<VersionStep> Steps,
    IReadOnlyList<ItemSummary> Added,
    IReadOnlyList<ItemSummary> Removed,
    IReadOnlyList<ItemChange> Changed,
    IReadOnlyList<FieldChange> ProgrammeChanges)
{
    public bool HasChanges => Added.Count + Removed.Count + Changed.Count + ProgrammeChanges.Count > 0;

    /// <summary>Compares two versions; the steps hold only <paramref name="to"/>'s who, when and why.</summary>
    public static VersionDiff Between(ProgrammeVersion from, ProgrammeVersion to)
    {
        var oldItems = from.Items.OrderBy(i => i.Order).ToList();
        var newItems = to.Items.OrderBy(i => i.Order).ToList();
        var oldIds = oldItems.Select(i => i.ItemId).ToHashSet();
        var newIds = newItems.Select(i => i.ItemId).ToHashSet();

        var keptOld = oldItems.Where(i => newIds.Contains(i.ItemId)).ToList();
        var keptNew = newItems.Where(i => oldIds.Contains(i.ItemId)).ToList();

        var changed = keptNew
            .Select((item, newRank) =>
            {
                var oldRank = keptOld.FindIndex(o => o.ItemId == item.ItemId);
                var old = keptOld[oldRank];
                return new ItemChange(item.ItemId, item.ExerciseName, ItemComparer.Compare(old, item, oldRank, newRank));
            })
            .Where(c => c.Changes.Count > 0)
            .ToList();

        var programmeChanges = new List<FieldChange>();
        if (from.Status != to.Status)
        {
            programmeChanges.Add(new FieldChange("status", EnumText.Of(from.Status), EnumText.Of(to.Status)));
        }

        if (from.ReviewIntervalDays != to.ReviewIntervalDays)
        {
            programmeChanges.Add(new FieldChange(
                "review_interval_days", DosageProperties.Text(from.ReviewIntervalDays), DosageProperties.Text(to.ReviewIntervalDays)));
        }

        return new VersionDiff(
            from.Number,
            to.Number,
            [VersionStep.Of(to)],
            newItems.Where(i => !oldIds.Contains(i.ItemId)).Select(ItemSummary.Of).ToList(),
            oldItems.Where(i => !newIds.Contains(i.ItemId)).Select(ItemSummary.Of).ToList(),
            changed,
            programmeChanges);
    }

    /// <summary>The first version against nothing: every item is added.</summary>
    public static VersionDiff Initial(ProgrammeVersion first) =>
        new(
            0,
            first.Number,
            [VersionStep.Of(first)],
            first.Items.OrderBy(i => i.Order).Select(ItemSummary.Of).ToList(),
            [],
            [],
            [new FieldChange("review_interval_days", null, DosageProperties.Text(first.ReviewIntervalDays))]);

    public string Describe()
    {
        var heading = FromVersion == 0 ? $"Version {ToVersion}" : $"Version {FromVersion} → {ToVersion}";
        var changes = ChangeLines();
        return string.Join('\n', [heading, .. Steps.Select(step => step.ToString()), .. changes.Count > 0 ? changes : ["No changes"]]);
    }

    /// <summary>What changed, one line each ("+ added", "- removed", "~ changed"); none when the version changed nothing but its status.</summary>
    public IReadOnlyList<string> ChangeLines() =>
    [
        .. Added.Select(item => $"+ {item}"),
        .. Removed.Select(item => $"- {item}"),
        .. Changed.Select(item => $"~ {item}"),
        .. ProgrammeChanges.Select(change => $"~ {change}"),
    ];
}
