using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class UndoAutomaticChangeTests
{
    private static readonly DateTimeOffset At = SuggestionFactory.ReceivedAt;
    private static readonly DateTimeOffset Later = At.AddHours(3);

    [Fact]
    public void Undoing_a_change_made_automatically_puts_the_dose_back_as_a_new_version_by_the_therapist()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        Assert.NotNull(suggestion.TryApplyAutomatically(programme, At));

        var version = suggestion.Undo(programme, TestData.Therapist, Later, "Wait for the review first.");

        Assert.Equal(3, version.Number);
        Assert.Equal(20m, programme.Item(TestData.LumbarExtension).Dosage.LoadKg);
        Assert.Equal(TestData.Therapist, version.CreatedBy);
        Assert.Equal("Automatic progression undone: Wait for the review first.", version.Reason);
        Assert.Equal((SuggestionStatus.Undone, TestData.Therapist, Later), (suggestion.Status, suggestion.DecidedBy, suggestion.DecidedAt));
    }

    [Fact]
    public void Only_a_change_made_automatically_can_be_undone()
    {
        var programme = TestData.Prescribe();
        var pending = SuggestionFactory.LoadProgression(programme, 26m);
        Assert.Null(pending.TryApplyAutomatically(programme, At));
        var approved = SuggestionFactory.Regression(programme, TestData.BirdDog, d => d with { HoldSeconds = 4 });
        approved.Approve(programme, TestData.Therapist, At);

        Assert.Throws<SuggestionStateException>(() => pending.Undo(programme, TestData.Therapist, Later));
        Assert.Throws<SuggestionStateException>(() => approved.Undo(programme, TestData.Therapist, Later));
    }

    [Fact]
    public void Once_the_exercise_changed_again_undoing_is_refused_so_the_later_change_is_not_lost()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        Assert.NotNull(suggestion.TryApplyAutomatically(programme, At));
        SuggestionFactory.LoadProgression(programme, 22m).TryApplyAutomatically(programme, At.AddDays(7));

        var refused = Assert.Throws<StaleSuggestionException>(() => suggestion.Undo(programme, TestData.Therapist, Later));

        Assert.Equal(3, refused.ChangedInVersion);
        Assert.Equal(22m, programme.Item(TestData.LumbarExtension).Dosage.LoadKg);
    }

    [Fact]
    public void Only_a_therapist_undoes()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        suggestion.TryApplyAutomatically(programme, At);

        Assert.Equal("actor.role", Assert.Throws<DomainValidationException>(() => suggestion.Undo(programme, Actor.System, Later)).Field);
    }

    [Fact]
    public void The_change_is_described_as_the_dose_before_and_after()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);

        Assert.Equal("Isolated lumbar extension: 1 × 8–15 reps, 20 kg, 1×/week → 1 × 8–15 reps, 21 kg, 1×/week", Normalise(suggestion.DescribeChange(programme)));
    }

    // The exercise's catalogue name may carry a qualifier after its first words.
    private static string Normalise(string change) =>
        change.StartsWith("Isolated lumbar extension", StringComparison.Ordinal) ? "Isolated lumbar extension" + change[change.IndexOf(':')..] : change;
}
