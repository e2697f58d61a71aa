namespace Telehealth.Prescription.Domain;

/// <summary>
/// An adjustment described by what changes rather than by the whole new item list. Removed and
/// updated items are applied in place, added items go at the end.
/// </summary>
public sealed record ProgrammeChangeSet
{
    public IReadOnlyList<ProgrammeItemSpec> Added { get; init; } = [];

    public IReadOnlyList<Guid> Removed { get; init; } = [];

    public IReadOnlyList<ItemUpdate> Updated { get; init; } = [];

    /// <summary>Null keeps the current review interval.</summary>
    public int? ReviewIntervalDays { get; init; }

    public static ProgrammeChangeSet ChangeDosage(Guid itemId, Dosage dosage) =>
        new() { Updated = [new ItemUpdate(itemId) { Dosage = dosage }] };

    /// <summary>The full item list and review interval the change set leads to from <paramref name="current"/>.</summary>
    internal (IReadOnlyList<ProgrammeItemSpec> Items, int ReviewIntervalDays) ApplyTo(ProgrammeVersion current, ViolationList violations)
    {
        var removed = CheckRemoved(current, violations);
        var updates = CheckUpdated(current, removed, violations);

        var items = current.Items
            .OrderBy(i => i.Order)
            .Where(i => !removed.Contains(i.ItemId))
            .Select(i => updates.TryGetValue(i.ItemId, out var update) ? update.ApplyTo(i) : i.ToSpec())
            .ToList();

        var addedItems = Added ?? [];
        for (var k = 0; k < addedItems.Count; k++)
        {
            if (addedItems[k] is not { } added)
            {
                violations.Add($"added[{k}]", "is required");
            }
            else if (added.ItemId is not null)
            {
                violations.Add($"added[{k}].item_id", "a new item gets its id from the programme; leave it unset");
            }
            else
            {
                items.Add(added);
            }
        }

        return (items, ReviewIntervalDays ?? current.ReviewIntervalDays);
    }

    private HashSet<Guid> CheckRemoved(ProgrammeVersion current, ViolationList violations)
    {
        var removed = new HashSet<Guid>();
        var removedIds = Removed ?? [];
        for (var r = 0; r < removedIds.Count; r++)
        {
            if (current.FindItem(removedIds[r]) is null)
            {
                violations.Add($"removed[{r}]", $"is not an item of version {current.Number}");
            }
            else if (!removed.Add(removedIds[r]))
            {
                violations.Add($"removed[{r}]", "appears twice");
            }
        }

        return removed;
    }

    private Dictionary<Guid, ItemUpdate> CheckUpdated(ProgrammeVersion current, HashSet<Guid> removed, ViolationList violations)
    {
        var updates = new Dictionary<Guid, ItemUpdate>();
        var updated = Updated ?? [];
        for (var u = 0; u < updated.Count; u++)
        {
            var path = $"updated[{u}]";
            if (updated[u] is not { } update)
            {
                violations.Add(path, "is required");
            }
            else if (current.FindItem(update.ItemId) is null)
            {
                violations.Add($"{path}.item_id", $"is not an item of version {current.Number}");
            }
            else if (removed.Contains(update.ItemId))
            {
                violations.Add($"{path}.item_id", "the item is also being removed");
            }
            else if (!updates.TryAdd(update.ItemId, update))
            {
                violations.Add($"{path}.item_id", "appears twice");
            }
        }

        return updates;
    }
}
