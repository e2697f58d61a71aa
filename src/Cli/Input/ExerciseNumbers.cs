using System.Globalization;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Input;

/// <summary>
/// Exercises numbered as the patient app numbers them: the programme's items in order, 1 for the
/// first, counting only what a session reports. Movement breaks during desk work (posture) are not
/// session exercises and get no number.
/// </summary>
internal static class ExerciseNumbers
{
    /// <summary>Each numbered item's id and its number.</summary>
    public static IReadOnlyDictionary<string, int> Of(IEnumerable<ProgrammeItem> items) =>
        Numbered(items).Select((item, index) => (item.ItemId, Number: index + 1)).ToDictionary(pair => pair.ItemId, pair => pair.Number);

    /// <summary>The item <paramref name="wanted"/> names: its number, its id (or the id's start), or (a part of) its exercise's name.</summary>
    public static ProgrammeItem Find(IReadOnlyCollection<ProgrammeItem> items, string wanted, string noun)
    {
        var trimmed = wanted.Trim();
        if (trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit))
        {
            var numbered = Numbered(items);
            return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= numbered.Count
                ? numbered[number - 1]
                : throw CliException.NotFound(numbered.Count == 0
                    ? $"No {noun} has a number: name it instead."
                    : $"No {noun} is number {trimmed}: they are numbered 1 to {numbered.Count} (see the # column of the programme).");
        }
        return NameMatch.Single(items, trimmed, i => i.ItemId, i => i.ExerciseName, noun);
    }

    private static List<ProgrammeItem> Numbered(IEnumerable<ProgrammeItem> items) =>
        items.Where(item => item.Category != ExerciseCategory.Posture).OrderBy(item => item.Order).ToList();
}
