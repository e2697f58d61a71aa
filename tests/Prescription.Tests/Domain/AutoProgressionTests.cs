using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class AutoProgressionTests
{
    private static readonly DateTimeOffset At = SuggestionFactory.ReceivedAt;

    [Fact]
    public void A_progression_within_the_cap_is_applied_by_the_system()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);

        var version = suggestion.TryApplyAutomatically(programme, At);

        Assert.NotNull(version);
        Assert.Equal(Actor.System, version.CreatedBy);
        Assert.Contains(suggestion.Explanation, version.Reason);
        Assert.Equal(21m, programme.Item(TestData.LumbarExtension).Dosage.LoadKg);
        Assert.Equal(SuggestionStatus.Approved, suggestion.Status);
        Assert.True(suggestion.WasAppliedAutomatically);
        Assert.Contains("cap 25 kg", suggestion.DecisionReason);
    }

    [Fact]
    public void Up_to_the_cap_itself_is_within_it()
    {
        var programme = TestData.Prescribe();

        Assert.NotNull(SuggestionFactory.LoadProgression(programme, 25m).TryApplyAutomatically(programme, At));
    }

    [Fact]
    public void Beyond_the_cap_it_stays_pending_and_says_why()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 26m);

        var version = suggestion.TryApplyAutomatically(programme, At);

        Assert.Null(version);
        Assert.True(suggestion.IsPending);
        Assert.Equal(1, programme.CurrentVersion);
        Assert.Contains("beyond the therapist's cap (25 kg)", suggestion.AutomationNote);

        suggestion.Approve(programme, TestData.Therapist, At.AddHours(2));
        Assert.Equal(26m, programme.Item(TestData.LumbarExtension).Dosage.LoadKg);
    }

    [Fact]
    public void Holds_and_minutes_progress_within_their_own_caps()
    {
        var programme = TestData.Prescribe();
        var psoas = programme.Item(TestData.PsoasStretch);
        var walking = programme.Item(TestData.Walking);
        var hold = ProgressionSuggestion.Receive(Guid.NewGuid(), programme, psoas.ItemId, SuggestionKind.Progression, psoas.Dosage with { HoldSeconds = 40 }, "Holds comfortable", 1, At);
        var minutes = ProgressionSuggestion.Receive(Guid.NewGuid(), programme, walking.ItemId, SuggestionKind.Progression, walking.Dosage with { Minutes = 35 }, "Walks easy", 1, At);

        Assert.NotNull(hold.TryApplyAutomatically(programme, At));
        Assert.Null(minutes.TryApplyAutomatically(programme, At));
        Assert.Contains("35 min", minutes.AutomationNote);
    }

    [Fact]
    public void An_item_without_automatic_progression_waits_for_the_therapist()
    {
        var programme = TestData.Prescribe();
        var birdDog = programme.Item(TestData.BirdDog);
        var suggestion = ProgressionSuggestion.Receive(
            Guid.NewGuid(), programme, birdDog.ItemId, SuggestionKind.Progression, birdDog.Dosage with { HoldSeconds = 8 }, "Holds reached", 1, At);

        Assert.Null(suggestion.TryApplyAutomatically(programme, At));
        Assert.Contains("not enabled", suggestion.AutomationNote);
    }

    [Fact]
    public void Regressions_are_never_applied_automatically()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.Regression(programme, TestData.LumbarExtension, d => d with { LoadKg = 18m });

        Assert.Null(suggestion.TryApplyAutomatically(programme, At));
        Assert.Contains("therapist", suggestion.AutomationNote);
    }

    [Fact]
    public void A_change_to_an_uncapped_field_waits_for_the_therapist()
    {
        var programme = TestData.Prescribe();
        var item = programme.Item(TestData.LumbarExtension);
        var suggestion = ProgressionSuggestion.Receive(
            Guid.NewGuid(), programme, item.ItemId, SuggestionKind.Progression, item.Dosage with { LoadKg = 21m, Sets = 2 }, "More volume", 1, At);

        Assert.Null(suggestion.TryApplyAutomatically(programme, At));
        Assert.Contains("sets", suggestion.AutomationNote);
    }

    [Fact]
    public void A_load_the_therapist_lowered_by_hand_is_not_raised_automatically()
    {
        var programme = TestData.Prescribe();
        programme.ChangeLoad(18m, At, "Flare last week");
        var suggestion = SuggestionFactory.LoadProgression(programme, 19m);

        Assert.Null(suggestion.TryApplyAutomatically(programme, At));
        Assert.Contains("lowered the load", suggestion.AutomationNote);

        suggestion.Approve(programme, TestData.Therapist, At.AddDays(1));
        Assert.Null(programme.Item(TestData.LumbarExtension).LoadLoweredByTherapist);
    }

    [Fact]
    public void A_paused_programme_changes_nothing_automatically()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        programme.Pause(1, TestData.Therapist, At, "Holiday");

        Assert.Null(suggestion.TryApplyAutomatically(programme, At));
        Assert.Contains("paused", suggestion.AutomationNote);
    }

    [Fact]
    public void A_stale_suggestion_is_not_applied_automatically()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        programme.ChangeLoad(22m, At, "Tested stronger in clinic");

        Assert.Null(suggestion.TryApplyAutomatically(programme, At));
        Assert.Contains("version 2", suggestion.AutomationNote);
        Assert.Equal(22m, programme.Item(TestData.LumbarExtension).Dosage.LoadKg);
    }
}
