using System.Globalization;

namespace Telehealth.Prescription.Domain;

/// <summary>
/// Decides whether a suggestion is applied automatically. Only a progression on an item whose
/// therapist allowed it, that raises nothing but capped fields and stays within their caps, on
/// an active programme, and that is not stale. Everything else waits for the therapist:
/// regressions always do, because a flare is something the therapist must see.
/// </summary>
public static class AutoProgressionPolicy
{
    public static AutoProgressionDecision Evaluate(Programme programme, Guid itemId, SuggestionKind kind, Dosage proposed, int basedOnVersion)
    {
        if (kind != SuggestionKind.Progression)
        {
            return AutoProgressionDecision.No("Regressions are always decided by the therapist.");
        }

        if (programme.Status != ProgrammeStatus.Active)
        {
            return AutoProgressionDecision.No($"The programme is {EnumText.Of(programme.Status)}; nothing changes automatically.");
        }

        if (programme.Current.FindItem(itemId) is not { } item)
        {
            return AutoProgressionDecision.No("The exercise is no longer in the programme.");
        }

        if (programme.DosageChangedSince(itemId, basedOnVersion) is { } changedIn)
        {
            return AutoProgressionDecision.No($"The dosage of {item.ExerciseName} changed in version {changedIn}, after the suggestion was made.");
        }

        if (!item.Progression.AutoProgressionAllowed)
        {
            return AutoProgressionDecision.No($"Automatic progression is not enabled for {item.ExerciseName}.");
        }

        var steps = new List<string>();
        foreach (var property in DosageProperties.All)
        {
            var current = property.Value(item.Dosage);
            var next = property.Value(proposed);
            if (string.Equals(current, next, StringComparison.Ordinal))
            {
                continue;
            }

            var refusal = property.Name switch
            {
                "load_kg" => CheckLoad(item, proposed, steps),
                "hold_seconds" => CheckCapped(property.Name, "hold", item.Dosage.HoldSeconds, proposed.HoldSeconds, item.Progression.MaxHoldSeconds, "s", steps),
                "minutes" => CheckCapped(property.Name, "minutes", item.Dosage.Minutes, proposed.Minutes, item.Progression.MaxMinutes, "min", steps),
                _ => $"Only load, hold and minutes progress automatically; this suggestion also changes {property.Name}.",
            };

            if (refusal is not null)
            {
                return AutoProgressionDecision.No(refusal);
            }
        }

        return steps.Count == 0
            ? AutoProgressionDecision.No("The suggestion changes nothing.")
            : new AutoProgressionDecision(true, $"Within the therapist's cap: {string.Join("; ", steps)}.");
    }

    private static string? CheckLoad(ProgrammeItem item, Dosage proposed, List<string> steps)
    {
        if (item.LoadLoweredByTherapist is { } lowered)
        {
            return $"The therapist lowered the load of {item.ExerciseName} by hand in version {lowered.InVersion} " +
                   $"({Kg(lowered.FromKg)} → {Kg(lowered.ToKg)}); raising it again needs the therapist.";
        }

        return CheckCapped("load_kg", "load", item.Dosage.LoadKg, proposed.LoadKg, item.Progression.MaxLoadKg, "kg", steps);
    }

    private static string? CheckCapped<T>(string field, string what, T? current, T? proposed, T? cap, string unit, List<string> steps)
        where T : struct, IComparable<T>
    {
        if (cap is not { } capValue)
        {
            return $"No cap is set for {what}, so a change to {field} needs the therapist.";
        }

        if (current is not { } from || proposed is not { } to || to.CompareTo(from) <= 0)
        {
            return $"A progression raises {what}; this suggestion does not ({field} {Text(current)} → {Text(proposed)}).";
        }

        if (to.CompareTo(capValue) > 0)
        {
            return $"The proposed {what} ({Text(to)} {unit}) is beyond the therapist's cap ({Text(capValue)} {unit}).";
        }

        steps.Add($"{field} {Text(from)} → {Text(to)} (cap {Text(capValue)} {unit})");
        return null;
    }

    private static string Text(object? value) =>
        value switch
        {
            null => "(none)",
            decimal d => d.ToString("0.###", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

    private static string Kg(decimal value) => $"{value.ToString("0.###", CultureInfo.InvariantCulture)} kg";
}
