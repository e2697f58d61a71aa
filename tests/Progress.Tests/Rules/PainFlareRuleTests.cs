using Telehealth.Progress.Rules;
using static Telehealth.Progress.Tests.Rules.TestDosages;

namespace Telehealth.Progress.Tests.Rules;

public class PainFlareRuleTests
{
    [Theory]
    [InlineData(2, 4, true)]   // rise of exactly 2 points, the NRS minimal important change
    [InlineData(2, 3, false)]  // one below
    [InlineData(2, 5, true)]   // one above
    [InlineData(0, 2, true)]
    [InlineData(4, 5, false)]  // 5 is still acceptable
    [InlineData(5, 5, false)]
    [InlineData(5, 6, true)]   // above 5 although it rose only 1 point
    [InlineData(6, 6, true)]   // above 5 with no rise
    [InlineData(7, 5, false)]  // pain fell
    [InlineData(3, 8, true)]
    public void Session_flares_on_a_rise_of_2_or_pain_above_5(int before, int after, bool flares) =>
        Assert.Equal(flares, PainFlareRule.SessionFlareReason(before, after, PainSettings.Default) is not null);

    [Theory]
    [InlineData(2, 4, false)]
    [InlineData(2, 5, true)]
    public void The_rise_that_counts_is_a_setting(int before, int after, bool flares)
    {
        var settings = PainSettings.Default with { FlareRiseOf = 3 };
        Assert.Equal(flares, PainFlareRule.SessionFlareReason(before, after, settings) is not null);
    }

    [Fact]
    public void A_flare_alerts_the_therapist_offers_an_earlier_review_and_suggests_going_back_to_the_previous_load()
    {
        var cable = CableExtension() with { PreviousLoadKg = 40m };
        var report = TestReports.Session(0, 2, 5, TestResults.AtTarget(cable));

        var outcomes = PainFlareRule.Evaluate(report, [cable], RuleSettings.Default);

        var alert = Assert.Single(outcomes.OfType<TherapistAlert>());
        Assert.Equal(AlertKind.PainFlare, alert.Kind);
        Assert.Equal(AlertRouting.Standard, alert.Routing);
        Assert.Contains("Pain rose by 3 points (2 → 5) during the session", alert.Explanation);
        var review = Assert.Single(outcomes.OfType<ReviewOffer>());
        Assert.Equal((AlertKind.PainFlare, "Offer an earlier review: Pain rose by 3 points (2 → 5) during the session."), (review.Because, review.Explanation));
        var feedback = Assert.Single(outcomes.OfType<PatientFeedback>());
        Assert.Equal(FeedbackTone.Caution, feedback.Tone);
        Assert.Contains("your therapist has been told, has been asked to review your programme with you earlier than planned", feedback.Explanation);

        var regression = Assert.Single(outcomes.OfType<DosageSuggestion>());
        Assert.Equal(SuggestionDirection.Regression, regression.Direction);
        Assert.Equal(40m, regression.To);
        Assert.Equal(
            "Pain rose by 3 points (2 → 5) during the session. Cable trunk extension: next session goes back to the previous load, 40 kg (from 42.5 kg).",
            regression.Explanation);
    }

    [Fact]
    public void Pain_above_5_is_explained_as_such()
    {
        var report = TestReports.Session(0, 6, 6, TestResults.AtTarget(BirdDog()));

        var alert = Assert.Single(PainFlareRule.Evaluate(report, [BirdDog()], RuleSettings.Default).OfType<TherapistAlert>());

        Assert.Contains("Pain after the session was 6/10, above the acceptable 5/10", alert.Explanation);
    }

    [Fact]
    public void A_session_without_a_flare_has_no_outcomes()
    {
        var report = TestReports.Session(0, 3, 4, TestResults.AtTarget(CableExtension()));

        Assert.Empty(PainFlareRule.Evaluate(report, [CableExtension()], RuleSettings.Default));
    }

    [Fact]
    public void A_session_flare_suggests_an_easier_dose_for_every_exercise_done_but_not_for_skipped_ones()
    {
        var report = TestReports.Session(0, 1, 4,
            TestResults.AtTarget(CableExtension()),
            TestResults.AtTarget(SidePlank()),
            TestResults.Skipped(Walking()));

        var outcomes = PainFlareRule.Evaluate(report, [CableExtension(), SidePlank(), Walking()], RuleSettings.Default);

        Assert.Equal(
            new[] { CableExtensionId, SidePlankId },
            outcomes.OfType<DosageSuggestion>().Select(s => s.ProgrammeItemId).ToArray());
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Pain_during_one_exercise_above_5_regresses_that_exercise_only(int painDuring, bool flares)
    {
        var report = TestReports.Session(0, 2, 3,
            TestResults.AtTarget(CableExtension(), painDuring: painDuring),
            TestResults.AtTarget(SidePlank()));

        var outcomes = PainFlareRule.Evaluate(report, [CableExtension(), SidePlank()], RuleSettings.Default);

        if (flares)
        {
            Assert.Equal(CableExtensionId, Assert.Single(outcomes.OfType<DosageSuggestion>()).ProgrammeItemId);
            Assert.Contains($"Pain during Cable trunk extension was {painDuring}/10", Assert.Single(outcomes.OfType<TherapistAlert>()).Explanation);
        }
        else
        {
            Assert.Empty(outcomes);
        }
    }

    [Fact]
    public void Per_exercise_regression_settings_override_the_programme()
    {
        var cable = CableExtension(50m) with { Regression = RegressionSettings.Default with { LoadDecreasePercent = 20m } };
        var report = TestReports.Session(0, 2, 6, TestResults.AtTarget(cable));

        var regression = Assert.Single(PainFlareRule.Evaluate(report, [cable], RuleSettings.Default).OfType<DosageSuggestion>());

        Assert.Equal(40m, regression.To);
    }
}
