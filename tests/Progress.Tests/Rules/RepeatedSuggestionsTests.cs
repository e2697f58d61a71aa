using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public sealed class RepeatedSuggestionsTests
{
    private static readonly ProgrammeItemDosage Cable = TestDosages.CableExtension();
    private static readonly ProgrammeItemDosage Bridge = TestDosages.CableExtension() with { ProgrammeItemId = TestDosages.ShoulderBridgeId };

    [Fact]
    public void A_suggestion_already_made_for_the_exercise_and_direction_is_left_out()
    {
        var evaluation = Evaluation(Feedback, Up(Cable), Up(Bridge));

        var kept = RepeatedSuggestions.Without(evaluation, [new SuggestionMade(Cable.ProgrammeItemId, SuggestionDirection.Progression)]);

        var suggestion = Assert.Single(kept.Suggestions);
        Assert.Equal(Bridge.ProgrammeItemId, suggestion.ProgrammeItemId);
        Assert.Single(kept.ForPatient);
    }

    [Fact]
    public void The_other_direction_for_the_same_exercise_is_kept()
    {
        var evaluation = Evaluation(Down(Cable));

        var kept = RepeatedSuggestions.Without(evaluation, [new SuggestionMade(Cable.ProgrammeItemId, SuggestionDirection.Progression)]);

        Assert.Equal(SuggestionDirection.Regression, Assert.Single(kept.Suggestions).Direction);
    }

    [Fact]
    public void Nothing_made_yet_keeps_everything_in_order()
    {
        var evaluation = Evaluation(Feedback, Up(Cable), Down(Bridge));

        Assert.Equal(evaluation.Outcomes, RepeatedSuggestions.Without(evaluation, []).Outcomes);
    }

    private static readonly PatientFeedback Feedback = new(FeedbackTone.Encouragement, "Well done");

    private static SessionEvaluation Evaluation(params RuleOutcome[] outcomes) => new(Guid.NewGuid(), Guid.NewGuid(), outcomes);

    private static DosageSuggestion Up(ProgrammeItemDosage dosage) =>
        new(dosage.ProgrammeItemId, SuggestionDirection.Progression, DosageField.LoadKg, 42.5m, 45m, dosage with { LoadKg = 45m }, null, "up");

    private static DosageSuggestion Down(ProgrammeItemDosage dosage) =>
        new(dosage.ProgrammeItemId, SuggestionDirection.Regression, DosageField.LoadKg, 42.5m, 37.5m, dosage with { LoadKg = 37.5m }, null, "down");
}
