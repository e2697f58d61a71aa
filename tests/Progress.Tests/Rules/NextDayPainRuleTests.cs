using Telehealth.Progress.Rules;
using static Telehealth.Progress.Tests.Rules.TestDosages;

namespace Telehealth.Progress.Tests.Rules;

public class NextDayPainRuleTests
{
    private static NextDayPainCheck Check(int pain, int usual, int day = 0) =>
        new(TestReports.SessionId(day), TestReports.On(day + 1), pain, usual);

    [Theory]
    [InlineData(3, 3, 0, false)]  // back to the usual level
    [InlineData(4, 3, 0, true)]   // one point worse
    [InlineData(2, 3, 0, false)]  // better than usual
    [InlineData(4, 3, 1, false)]  // within a tolerance the therapist set
    [InlineData(5, 3, 1, true)]
    public void Worse_means_above_the_usual_level(int pain, int usual, int tolerance, bool worse)
    {
        var settings = PainSettings.Default with { NextDayToleranceAboveUsual = tolerance };

        Assert.Equal(worse, NextDayPainRule.IsWorse(Check(pain, usual), settings));
    }

    [Fact]
    public void A_worse_morning_regresses_every_exercise_done_alerts_and_offers_a_review()
    {
        var session = TestReports.Session(0, 3, 4,
            TestResults.AtTarget(CableExtension()),
            TestResults.AtTarget(SidePlank()),
            TestResults.Skipped(Walking()));

        var outcomes = NextDayPainRule.Evaluate(Check(5, 3), session, [CableExtension(), SidePlank(), Walking()], RuleSettings.Default);

        var alert = Assert.Single(outcomes.OfType<TherapistAlert>());
        Assert.Equal(AlertKind.NextDayPainWorse, alert.Kind);
        Assert.StartsWith("Pain the morning after the session was 5/10, worse than the usual 3/10", alert.Explanation);
        Assert.Equal(AlertKind.NextDayPainWorse, Assert.Single(outcomes.OfType<ReviewOffer>()).Because);
        Assert.Equal(FeedbackTone.Caution, Assert.Single(outcomes.OfType<PatientFeedback>()).Tone);
        var suggestions = outcomes.OfType<DosageSuggestion>().ToList();
        Assert.Equal(new[] { CableExtensionId, SidePlankId }, suggestions.Select(s => s.ProgrammeItemId).ToArray());
        Assert.All(suggestions, s => Assert.Equal(SuggestionDirection.Regression, s.Direction));
        Assert.Equal(37.5m, suggestions[0].To);
    }

    [Fact]
    public void A_morning_back_to_usual_has_no_outcomes()
    {
        var session = TestReports.Session(0, 3, 4, TestResults.AtTarget(CableExtension()));

        Assert.Empty(NextDayPainRule.Evaluate(Check(3, 3), session, [CableExtension()], RuleSettings.Default));
    }

    [Fact]
    public void A_check_for_another_session_is_refused()
    {
        var session = TestReports.Session(0, 3, 4, TestResults.AtTarget(CableExtension()));

        var error = Assert.Throws<InvalidRuleInputException>(() =>
            NextDayPainRule.Evaluate(Check(5, 3, day: 7), session, [CableExtension()], RuleSettings.Default));

        Assert.Equal(nameof(NextDayPainCheck.SessionId), error.ParamName);
    }

    [Theory]
    [InlineData(11, 3, nameof(NextDayPainCheck.Pain))]
    [InlineData(-1, 3, nameof(NextDayPainCheck.Pain))]
    [InlineData(4, 11, nameof(NextDayPainCheck.UsualPain))]
    public void Pain_off_the_scale_is_refused_naming_the_field(int pain, int usual, string field)
    {
        var session = TestReports.Session(0, 3, 4, TestResults.AtTarget(CableExtension()));

        var error = Assert.Throws<InvalidRuleInputException>(() =>
            NextDayPainRule.Evaluate(Check(pain, usual), session, [CableExtension()], RuleSettings.Default));

        Assert.Equal(field, error.ParamName);
    }
}
