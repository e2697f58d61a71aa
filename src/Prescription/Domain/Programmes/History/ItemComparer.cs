using System.Globalization;

namespace Telehealth.Prescription.Domain;

/// <summary>The field-by-field changes of one item between two versions, named as the API names them.</summary>
internal static class ItemComparer
{
    public static IReadOnlyList<FieldChange> Compare(ProgrammeItem old, ProgrammeItem @new, int? oldRank, int? newRank)
    {
        var changes = new List<FieldChange>();

        foreach (var property in DosageProperties.All)
        {
            Add(changes, $"dosage.{property.Name}", property.Value(old.Dosage), property.Value(@new.Dosage));
        }

        Add(changes, "phase", EnumText.Of(old.Phase), EnumText.Of(@new.Phase));
        Add(changes, "mode", EnumText.Of(old.Mode), EnumText.Of(@new.Mode));

        var oldProgression = old.Progression;
        var newProgression = @new.Progression;
        Add(changes, "progression.auto_progression_allowed", Text(oldProgression.AutoProgressionAllowed), Text(newProgression.AutoProgressionAllowed));
        Add(changes, "progression.max_load_kg", DosageProperties.Text(oldProgression.MaxLoadKg), DosageProperties.Text(newProgression.MaxLoadKg));
        Add(changes, "progression.max_hold_seconds", DosageProperties.Text(oldProgression.MaxHoldSeconds), DosageProperties.Text(newProgression.MaxHoldSeconds));
        Add(changes, "progression.max_minutes", DosageProperties.Text(oldProgression.MaxMinutes), DosageProperties.Text(newProgression.MaxMinutes));
        Add(changes, "load_step_kg", DosageProperties.Text(old.LoadStepKg), DosageProperties.Text(@new.LoadStepKg));

        // Positions among the items both versions share, counted from 1: adding or removing
        // another item shifts numbers without anything being moved.
        Add(changes, "position", DosageProperties.Text(oldRank + 1), DosageProperties.Text(newRank + 1));

        return changes;
    }

    private static void Add(List<FieldChange> changes, string field, string? old, string? @new)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, old, @new));
        }
    }

    private static string Text(bool value) => value.ToString(CultureInfo.InvariantCulture).ToLowerInvariant();
}
