using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

/// <summary>Suggestions as the progress service would send them.</summary>
internal static class SuggestionFactory
{
    public static readonly DateTimeOffset ReceivedAt = TestData.Start.AddDays(9);

    public static ProgressionSuggestion LoadProgression(Programme programme, decimal toKg, int? basedOnVersion = null)
    {
        var item = programme.Item(TestData.LumbarExtension);
        return ProgressionSuggestion.Receive(
            Guid.NewGuid(),
            programme,
            item.ItemId,
            SuggestionKind.Progression,
            item.Dosage with { LoadKg = toKg },
            "All sets reached 15 reps in 2 consecutive sessions with pain 2/10; load up 5 %, rounded to the 1 kg step.",
            basedOnVersion ?? programme.CurrentVersion,
            ReceivedAt);
    }

    public static ProgressionSuggestion Regression(Programme programme, Exercise exercise, Func<Dosage, Dosage> change)
    {
        var item = programme.Item(exercise);
        return ProgressionSuggestion.Receive(
            Guid.NewGuid(),
            programme,
            item.ItemId,
            SuggestionKind.Regression,
            change(item.Dosage),
            "Pain rose from 2 to 6 after the session; back to the previous step.",
            programme.CurrentVersion,
            ReceivedAt);
    }
}
