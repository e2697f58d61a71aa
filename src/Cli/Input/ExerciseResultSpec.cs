using System.Globalization;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Input;

/// <summary>
/// What the patient did of one exercise, as typed after --exercise:
/// "bird-dog:reps=12/12/10,rpe=6,pain=1", "bridge:sets=3,reps=12,hold=10", "walking:minutes=25",
/// "cable extension:sets=2,reps=10,load=22.5", or "walking:skip=no-time".
/// </summary>
internal sealed record ExerciseResultSpec(string Item, IReadOnlyList<int> Reps, int? Sets, double? Load, int? Hold, int? Minutes, int? Rpe, int? Pain, SkipReason Skip)
{
    public const string Syntax = "<exercise>:reps=12/12/10,sets=3,load=20,hold=30,minutes=20,rpe=6,pain=2 or <exercise>:skip=pain|no-time|no-equipment|felt-unwell|other";

    public static ExerciseResultSpec Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw Bad(text, "name the exercise, then a colon, then what you did");
        }
        var item = text[..colon].Trim();
        List<int> reps = [];
        int? sets = null, hold = null, minutes = null, rpe = null, pain = null;
        double? load = null;
        var skip = SkipReason.Unspecified;
        foreach (var pair in text[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw Bad(text, $"'{pair}' is not key=value");
            }
            var (key, value) = (parts[0].ToLowerInvariant(), parts[1]);
            switch (key)
            {
                case "reps":
                    reps = value.Split('/').Select(r => Whole(text, key, r, 0, 500)).ToList();
                    break;
                case "sets":
                    sets = Whole(text, key, value, 1, 20);
                    break;
                case "load":
                    load = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var kg) && kg >= 0 ? kg : throw Bad(text, $"load takes kilograms, not '{value}'");
                    break;
                case "hold":
                    hold = Whole(text, key, value, 0, 600);
                    break;
                case "minutes":
                    minutes = Whole(text, key, value, 0, 600);
                    break;
                case "rpe":
                    rpe = Whole(text, key, value, 0, 10);
                    break;
                case "pain":
                    pain = Whole(text, key, value, 0, 10);
                    break;
                case "skip":
                    skip = EnumNames.TryParse<SkipReason>(value, out var reason) ? reason : throw Bad(text, $"skip takes one of {string.Join(", ", EnumNames.All<SkipReason>())}");
                    break;
                default:
                    throw Bad(text, $"'{key}' is not one of reps, sets, load, hold, minutes, rpe, pain, skip");
            }
        }
        return new ExerciseResultSpec(item, reps, sets, load, hold, minutes, rpe, pain, skip);
    }

    public ExerciseResult ToResult(string itemId, int? defaultRpe)
    {
        var result = new ExerciseResult { ItemId = itemId, SkippedBecause = Skip };
        if ((Rpe ?? defaultRpe) is { } effort)
        {
            result.Rpe = effort;
        }
        if (Pain is { } pain)
        {
            result.PainDuring = pain;
        }
        if (Skip != SkipReason.Unspecified)
        {
            return result;
        }
        // reps=12/12/10 is one set each; reps=12 with sets=3 is three alike; a load, hold or time alone is one set.
        var measured = Load is not null || Hold is not null || Minutes is not null;
        var perSet = Reps.Count switch
        {
            0 => Enumerable.Repeat<int?>(null, Sets ?? (measured ? 1 : 0)),
            1 => Enumerable.Repeat<int?>(Reps[0], Sets ?? 1),
            _ => Reps.Select(r => (int?)r),
        };
        foreach (var reps in perSet)
        {
            result.Sets.Add(Set(reps, Load, Hold, Minutes));
        }
        return result;
    }

    /// <summary>
    /// The item done exactly as prescribed: every set at the top of the rep range, at the prescribed load,
    /// hold and minutes. Null for an item with nothing to count (a movement break).
    /// </summary>
    public static ExerciseResult? AsPrescribed(ProgrammeItem item, int? rpe)
    {
        var dosage = item.Dosage ?? new Dosage();
        if (!dosage.HasRepsMin && !dosage.HasRepsMax && !dosage.HasHoldSeconds && !dosage.HasMinutes)
        {
            return null;
        }
        var result = new ExerciseResult { ItemId = item.ItemId };
        if (rpe is { } effort)
        {
            result.Rpe = effort;
        }
        int? reps = dosage.HasRepsMax ? dosage.RepsMax : dosage.HasRepsMin ? dosage.RepsMin : null;
        for (var set = 0; set < (dosage.HasSets ? dosage.Sets : 1); set++)
        {
            result.Sets.Add(Set(reps, dosage.HasLoadKg ? dosage.LoadKg : null, dosage.HasHoldSeconds ? dosage.HoldSeconds : null, dosage.HasMinutes ? dosage.Minutes : null));
        }
        return result;
    }

    private static SetResult Set(int? reps, double? load, int? hold, int? minutes)
    {
        var set = new SetResult();
        if (reps is { } r)
        {
            set.Reps = r;
        }
        if (load is { } kg)
        {
            set.LoadKg = kg;
        }
        if (hold is { } seconds)
        {
            set.HoldSeconds = seconds;
        }
        if (minutes is { } m)
        {
            set.Minutes = m;
        }
        return set;
    }

    private static int Whole(string text, string key, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw Bad(text, $"{key} takes a whole number from {min} to {max}, not '{value}'");

    private static CliException Bad(string text, string problem) =>
        CliException.Usage($"--exercise \"{text}\": {problem} ({Syntax}).");
}
