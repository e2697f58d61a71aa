namespace Telehealth.Prescription.Domain;

/// <summary>Checks the full item list of a new version, reporting every fault under <c>items[i]</c>.</summary>
internal static class ProgrammeItemsValidator
{
    public const int MaxItems = 30;

    /// <param name="current">The version being adjusted; null when prescribing.</param>
    public static void Validate(IReadOnlyList<ProgrammeItemSpec?>? items, ProgrammeVersion? current, ViolationList violations)
    {
        if (items is null || items.Count == 0)
        {
            violations.Add("items", "a programme needs at least one exercise");
            return;
        }

        if (items.Count > MaxItems)
        {
            violations.Add("items", $"a programme has at most {MaxItems} exercises");
        }

        var seenItemIds = new Dictionary<Guid, int>();
        var seenExercises = new Dictionary<Guid, int>();

        for (var i = 0; i < items.Count; i++)
        {
            var path = $"items[{i}]";
            if (items[i] is not { } item)
            {
                violations.Add(path, "is required");
                continue;
            }

            CheckItemId(item, path, i, current, seenItemIds, violations);
            CheckExercise(item, path, i, seenExercises, violations);

            if (!Enum.IsDefined(item.Phase))
            {
                violations.Add($"{path}.phase", $"unknown phase {(int)item.Phase}");
            }

            if (!Enum.IsDefined(item.Mode))
            {
                violations.Add($"{path}.mode", $"unknown mode {(int)item.Mode}");
            }

            // Without a known category there is nothing to check the dosage against.
            if (!Enum.IsDefined(item.Category))
            {
                violations.Add($"{path}.category", $"unknown category {(int)item.Category}");
                continue;
            }

            CheckLoadStep(item, path, violations);
            DosageValidator.Validate(item.Category, item.Dosage, $"{path}.dosage", violations);
            ProgressionSettingsValidator.Validate(item.Category, item.Progression, $"{path}.progression", violations);
        }
    }

    private static void CheckItemId(
        ProgrammeItemSpec item,
        string path,
        int index,
        ProgrammeVersion? current,
        Dictionary<Guid, int> seen,
        ViolationList violations)
    {
        if (item.ItemId is not { } itemId)
        {
            return;
        }

        if (itemId == Guid.Empty)
        {
            violations.Add($"{path}.item_id", "must not be empty; leave it unset for a new item");
            return;
        }

        if (!seen.TryAdd(itemId, index))
        {
            violations.Add($"{path}.item_id", $"appears twice (also items[{seen[itemId]}])");
            return;
        }

        if (current is null)
        {
            return;
        }

        var existing = current.FindItem(itemId);
        if (existing is null)
        {
            violations.Add($"{path}.item_id", $"is not an item of version {current.Number}; leave it unset for a new item");
        }
        else if (existing.ExerciseId != item.ExerciseId)
        {
            // Progress is recorded per item; swapping the exercise under it would mix two exercises' histories.
            violations.Add($"{path}.exercise_id", "an item keeps its exercise; remove the item and add a new one to change the exercise");
        }
    }

    private static void CheckExercise(ProgrammeItemSpec item, string path, int index, Dictionary<Guid, int> seen, ViolationList violations)
    {
        if (item.ExerciseId == Guid.Empty)
        {
            violations.Add($"{path}.exercise_id", "is required");
        }
        else if (!seen.TryAdd(item.ExerciseId, index))
        {
            violations.Add($"{path}.exercise_id", $"{item.ExerciseName} is already in the programme (items[{seen[item.ExerciseId]}])");
        }

        if (string.IsNullOrWhiteSpace(item.ExerciseName))
        {
            violations.Add($"{path}.exercise_name", "is required");
        }
        else if (item.ExerciseName.Trim().Length > Exercise.MaxNameLength)
        {
            violations.Add($"{path}.exercise_name", $"must be at most {Exercise.MaxNameLength} characters");
        }
    }

    private static void CheckLoadStep(ProgrammeItemSpec item, string path, ViolationList violations)
    {
        if (item.LoadStepKg is not { } step)
        {
            return;
        }

        if (!CategoryDosageFields.Allowed(item.Category).HasFlag(DosageFields.Load))
        {
            violations.Add($"{path}.load_step_kg", $"{ExerciseCategoryNames.Of(item.Category)} exercises carry no load");
        }
        else if (step <= 0)
        {
            violations.Add($"{path}.load_step_kg", "must be greater than 0");
        }
    }
}
