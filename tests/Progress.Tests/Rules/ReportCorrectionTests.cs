using Telehealth.Progress.Rules;
using static Telehealth.Progress.Tests.Rules.TestDosages;

namespace Telehealth.Progress.Tests.Rules;

public class ReportCorrectionTests
{
    private static readonly DateTimeOffset Sent = new(2025, 3, 3, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, true)]
    [InlineData(6 * 24, true)]
    [InlineData(7 * 24, true)]   // the whole seventh day
    [InlineData(7 * 24 + 1, false)]
    [InlineData(30 * 24, false)]
    public void A_report_can_be_corrected_for_seven_days_after_it_was_sent(int hoursLater, bool open) =>
        Assert.Equal(open, ReportCorrection.IsOpen(Sent, Sent.AddHours(hoursLater)));

    [Fact]
    public void A_correction_that_shows_a_flare_adds_the_alert_the_review_offer_and_the_easier_dose()
    {
        var cable = CableExtension() with { PreviousLoadKg = 40m };
        var corrected = Evaluate(TestReports.Session(0, 2, 6, TestResults.AtTarget(cable)), cable);

        var additions = ReportCorrection.Additions(corrected, alreadyRaised: []);

        Assert.Equal(AlertKind.PainFlare, Assert.Single(additions.Alerts).Kind);
        Assert.Equal(AlertKind.PainFlare, Assert.Single(additions.ReviewOffers).Because);
        Assert.Equal(SuggestionDirection.Regression, Assert.Single(additions.Suggestions).Direction);
        Assert.Empty(additions.ForPatient);
    }

    [Fact]
    public void An_alert_the_report_already_raised_is_not_raised_again()
    {
        var cable = CableExtension() with { PreviousLoadKg = 40m };
        var corrected = Evaluate(TestReports.Session(0, 2, 7, TestResults.AtTarget(cable)), cable);

        var additions = ReportCorrection.Additions(corrected, alreadyRaised: [AlertKind.PainFlare]);

        Assert.Empty(additions.Outcomes);
    }

    [Fact]
    public void A_correction_never_earns_a_progression()
    {
        var cable = CableExtension();
        var session = TestReports.Session(2, 1, 1, TestResults.AtTarget(cable));
        var history = new SessionHistory([TestReports.Session(0, 1, 1, TestResults.AtTarget(cable))], [TestAttempts.UsualMorningAfter(0)]);
        var corrected = SessionEvaluator.Evaluate(session, [cable], history, RuleSettings.Default);
        Assert.Contains(corrected.Suggestions, s => s.Direction == SuggestionDirection.Progression);

        var additions = ReportCorrection.Additions(corrected, alreadyRaised: []);

        Assert.Empty(additions.Outcomes);
    }

    private static SessionEvaluation Evaluate(SessionReport report, ProgrammeItemDosage dosage) =>
        SessionEvaluator.Evaluate(report, [dosage], SessionHistory.Empty, RuleSettings.Default);
}
