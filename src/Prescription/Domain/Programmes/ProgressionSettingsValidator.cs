using System.Globalization;

namespace Telehealth.Prescription.Domain;

/// <summary>
/// Caps only make sense on fields the category uses. A cap below the prescribed value is
/// allowed: it is where a therapist who raised the dose by hand past the cap leaves it, and it
/// simply means no further automatic step.
/// </summary>
internal static class ProgressionSettingsValidator
{
    public static void Validate(ExerciseCategory category, ProgressionSettings? settings, string path, ViolationList violations)
    {
        if (settings is null)
        {
            violations.Add(path, "progression settings are required");
            return;
        }

        var allowed = CategoryDosageFields.Allowed(category);
        var categoryName = ExerciseCategoryNames.Of(category);

        if (settings.AutoProgressionAllowed && !settings.HasAnyCap)
        {
            violations.Add($"{path}.auto_progression_allowed", "automatic progression needs at least one cap (max_load_kg, max_hold_seconds or max_minutes)");
        }

        if (settings.MaxLoadKg is { } maxLoad)
        {
            if (!allowed.HasFlag(DosageFields.Load))
            {
                violations.Add($"{path}.max_load_kg", $"is not used for {categoryName} exercises");
            }
            else if (maxLoad <= 0 || maxLoad > DosageLimits.MaxLoadKg)
            {
                violations.Add($"{path}.max_load_kg", $"must be greater than 0 and at most {DosageLimits.MaxLoadKg.ToString(CultureInfo.InvariantCulture)} kg");
            }
        }

        if (settings.MaxHoldSeconds is { } maxHold)
        {
            var ceiling = DosageLimits.MaxHoldFor(category);
            if (!allowed.HasFlag(DosageFields.Hold))
            {
                violations.Add($"{path}.max_hold_seconds", $"is not used for {categoryName} exercises");
            }
            else if (maxHold < 1 || maxHold > ceiling)
            {
                violations.Add($"{path}.max_hold_seconds", $"must be between 1 and {ceiling}");
            }
        }

        if (settings.MaxMinutes is { } maxMinutes)
        {
            if (!allowed.HasFlag(DosageFields.Minutes))
            {
                violations.Add($"{path}.max_minutes", $"is not used for {categoryName} exercises");
            }
            else if (maxMinutes < 1 || maxMinutes > DosageLimits.MaxMinutes)
            {
                violations.Add($"{path}.max_minutes", $"must be between 1 and {DosageLimits.MaxMinutes}");
            }
        }
    }
}
