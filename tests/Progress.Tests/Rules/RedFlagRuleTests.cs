using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class RedFlagRuleTests
{
    public static TheoryData<RedFlag> EveryRedFlag => new(Enum.GetValues<RedFlag>());

    [Theory]
    [MemberData(nameof(EveryRedFlag))]
    public void Every_red_flag_sends_the_patient_to_urgent_care_and_alerts_the_therapist_on_every_channel(RedFlag flag)
    {
        var outcomes = RedFlagRule.Evaluate([new RedFlagAnswer(flag, true)]);

        var feedback = Assert.Single(outcomes.OfType<PatientFeedback>());
        Assert.Equal(FeedbackTone.Urgent, feedback.Tone);
        Assert.StartsWith("Seek urgent medical care now", feedback.Explanation);
        Assert.Contains(RedFlagWording.Describe(flag), feedback.Explanation);

        var alert = Assert.Single(outcomes.OfType<TherapistAlert>());
        Assert.Equal(AlertKind.RedFlag, alert.Kind);
        Assert.Equal(AlertUrgency.Urgent, alert.Urgency);
        Assert.True(alert.Routing.EveryChannel);
        Assert.True(alert.Routing.IgnoresQuietHours);
        Assert.True(alert.Routing.EscalatesIfUnacknowledged);
        Assert.Contains("Nothing has been changed automatically", alert.Explanation);
        Assert.Empty(outcomes.OfType<DosageSuggestion>());
    }

    [Fact]
    public void All_answers_no_is_not_a_red_flag()
    {
        var answers = Enum.GetValues<RedFlag>().Select(f => new RedFlagAnswer(f, false)).ToList();

        Assert.Empty(RedFlagRule.Evaluate(answers));
        Assert.Empty(RedFlagRule.Evaluate([]));
    }

    [Fact]
    public void Several_flags_are_all_named_once()
    {
        var outcomes = RedFlagRule.Evaluate(
        [
            new RedFlagAnswer(RedFlag.Fever, true),
            new RedFlagAnswer(RedFlag.NewSaddleNumbness, true),
            new RedFlagAnswer(RedFlag.Fever, true),
            new RedFlagAnswer(RedFlag.PainInBothLegs, false),
        ]);

        var alert = Assert.Single(outcomes.OfType<TherapistAlert>());
        Assert.Contains("Red flag reported: new numbness in the saddle area (between the legs or around the back passage); fever.", alert.Explanation);
        Assert.DoesNotContain("both legs", alert.Explanation);
    }

    [Fact]
    public void An_unknown_red_flag_cannot_be_described() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RedFlagWording.Describe((RedFlag)99));
}
