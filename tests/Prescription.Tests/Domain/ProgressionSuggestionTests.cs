using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class ProgressionSuggestionTests
{
    private static readonly DateTimeOffset DecidedAt = TestData.Start.AddDays(10);

    [Fact]
    public void A_received_suggestion_is_pending_with_an_id_derived_from_its_event()
    {
        var programme = TestData.Prescribe();
        var eventId = Guid.NewGuid();
        var item = programme.Item(TestData.BirdDog);

        var suggestion = ProgressionSuggestion.Receive(
            eventId, programme, item.ItemId, SuggestionKind.Progression, item.Dosage with { HoldSeconds = 10 }, "Holds reached", 1, TestData.Start);

        Assert.Equal(SuggestionStatus.Pending, suggestion.Status);
        Assert.Equal(ProgressionSuggestion.IdFor(eventId), suggestion.Id);
        Assert.Equal((programme.Id, item.ItemId, 1, eventId), (suggestion.ProgrammeId, suggestion.ItemId, suggestion.BasedOnVersion, suggestion.SourceEventId));
    }

    [Fact]
    public void An_unusable_suggestion_is_refused_on_receipt_with_every_field()
    {
        var programme = TestData.Prescribe();
        var item = programme.Item(TestData.PsoasStretch);

        var error = Assert.Throws<DomainValidationException>(() => ProgressionSuggestion.Receive(
            Guid.Empty, programme, item.ItemId, SuggestionKind.Progression, item.Dosage with { HoldSeconds = 70 }, "", 1, TestData.Start));

        Assert.Equal(["explanation", "proposed_dosage.hold_seconds", "source_event_id"], error.Violations.Select(v => v.Field).Order());
    }

    [Fact]
    public void A_suggestion_for_an_unknown_version_or_item_is_refused()
    {
        var programme = TestData.Prescribe();
        var item = programme.Item(TestData.BirdDog);

        Assert.Equal("based_on_version", Assert.Throws<DomainValidationException>(() => ProgressionSuggestion.Receive(
            Guid.NewGuid(), programme, item.ItemId, SuggestionKind.Progression, item.Dosage, "x", 3, TestData.Start)).Field);
        Assert.Equal("item_id", Assert.Throws<DomainValidationException>(() => ProgressionSuggestion.Receive(
            Guid.NewGuid(), programme, Guid.NewGuid(), SuggestionKind.Progression, item.Dosage, "x", 1, TestData.Start)).Field);
    }

    [Fact]
    public void Approving_adjusts_the_programme_with_the_explanation_as_the_reason()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);

        var version = suggestion.Approve(programme, TestData.Therapist, DecidedAt);

        Assert.Equal(2, version.Number);
        Assert.Equal(21m, programme.Item(TestData.LumbarExtension).Dosage.LoadKg);
        Assert.Equal(TestData.Therapist, version.CreatedBy);
        Assert.Contains(suggestion.Explanation, version.Reason);
        Assert.StartsWith("Progression suggestion approved", version.Reason);
        Assert.Equal(suggestion.Id, version.SuggestionId);

        Assert.Equal(SuggestionStatus.Approved, suggestion.Status);
        Assert.Equal((TestData.Therapist, DecidedAt, 2), (suggestion.DecidedBy, suggestion.DecidedAt!.Value, suggestion.AppliedInVersion!.Value));
        Assert.Equal(suggestion.ProposedDosage, suggestion.AppliedDosage);
        Assert.False(suggestion.WasAppliedAutomatically);
    }

    [Fact]
    public void Editing_approves_with_the_therapists_dosage()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        var edited = suggestion.ProposedDosage with { LoadKg = 20.5m, RepsMax = 12 };

        var version = suggestion.Edit(programme, edited, TestData.Therapist, DecidedAt, "Smaller step; patient is nervous about load");

        Assert.Equal(edited, programme.Item(TestData.LumbarExtension).Dosage);
        Assert.Equal(SuggestionStatus.Edited, suggestion.Status);
        Assert.Equal(edited, suggestion.AppliedDosage);
        Assert.Contains(suggestion.Explanation, version.Reason);
        Assert.Contains("Smaller step; patient is nervous about load", version.Reason);
    }

    [Fact]
    public void An_edit_is_validated_like_any_dosage()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);

        var error = Assert.Throws<DomainValidationException>(() =>
            suggestion.Edit(programme, suggestion.ProposedDosage with { RepsMin = 20 }, TestData.Therapist, DecidedAt));

        Assert.Equal("items[0].dosage.reps_max", error.Field);
        Assert.True(suggestion.IsPending);
        Assert.Equal(1, programme.CurrentVersion);
    }

    [Fact]
    public void Rejecting_records_the_reason_and_leaves_the_programme_alone()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);

        suggestion.Reject(TestData.Therapist, DecidedAt, "Wait for the review next week");

        Assert.Equal(SuggestionStatus.Rejected, suggestion.Status);
        Assert.Equal("Wait for the review next week", suggestion.DecisionReason);
        Assert.Null(suggestion.AppliedInVersion);
        Assert.Equal(1, programme.CurrentVersion);
    }

    [Fact]
    public void Rejecting_needs_a_reason()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);

        Assert.Equal("reason", Assert.Throws<DomainValidationException>(() => suggestion.Reject(TestData.Therapist, DecidedAt, "")).Field);
    }

    [Fact]
    public void A_decision_is_taken_once()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        suggestion.Reject(TestData.Therapist, DecidedAt, "Not yet");

        var error = Assert.Throws<SuggestionStateException>(() => suggestion.Approve(programme, TestData.Therapist, DecidedAt));

        Assert.Equal("status", error.Field);
        Assert.Contains("rejected", error.Message);
    }

    [Fact]
    public void An_older_suggestion_can_be_approved_when_the_items_dosage_has_not_changed()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        var birdDog = programme.Item(TestData.BirdDog);
        programme.Adjust(1, ProgrammeChangeSet.ChangeDosage(birdDog.ItemId, birdDog.Dosage with { Sets = 3 }), TestData.Therapist, DecidedAt, "More sets");
        programme.Pause(2, TestData.Therapist, DecidedAt, "Holiday");

        var version = suggestion.Approve(programme, TestData.Therapist, DecidedAt);

        Assert.Equal(4, version.Number);
        Assert.Equal(21m, programme.Item(TestData.LumbarExtension).Dosage.LoadKg);
        Assert.Equal(3, programme.Item(TestData.BirdDog).Dosage.Sets);
    }

    [Fact]
    public void A_suggestion_whose_item_dosage_changed_since_is_stale()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        programme.ChangeLoad(19m, DecidedAt, "Flare");

        var error = Assert.Throws<StaleSuggestionException>(() => suggestion.Approve(programme, TestData.Therapist, DecidedAt));

        Assert.Equal((1, 2, 2), (error.BasedOnVersion, error.ChangedInVersion, error.CurrentVersion));
        Assert.Equal("based_on_version", error.Field);
        Assert.Contains("version 2", error.Message);
        Assert.True(suggestion.IsPending);
    }

    [Fact]
    public void A_suggestion_for_a_removed_item_is_stale()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        programme.Adjust(1, new ProgrammeChangeSet { Removed = [suggestion.ItemId] }, TestData.Therapist, DecidedAt, "Machine unavailable");

        var error = Assert.Throws<StaleSuggestionException>(() => suggestion.Edit(programme, suggestion.ProposedDosage, TestData.Therapist, DecidedAt));

        Assert.Contains("removed", error.Message);
    }

    [Fact]
    public void A_completed_programme_takes_no_decision_that_changes_it()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);
        programme.Complete(1, TestData.Therapist, DecidedAt, "Discharged");

        Assert.Throws<ProgrammeStateException>(() => suggestion.Approve(programme, TestData.Therapist, DecidedAt));
        Assert.Throws<ProgrammeStateException>(() => SuggestionFactory.LoadProgression(programme, 22m));
        suggestion.Reject(TestData.Therapist, DecidedAt, "Programme completed");
        Assert.Equal(SuggestionStatus.Rejected, suggestion.Status);
    }

    [Fact]
    public void Only_a_therapist_decides_and_only_on_the_suggestions_own_programme()
    {
        var programme = TestData.Prescribe();
        var other = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);

        Assert.Equal("actor.role", Assert.Throws<DomainValidationException>(() => suggestion.Approve(programme, Actor.System, DecidedAt)).Field);
        Assert.Equal("programme_id", Assert.Throws<DomainValidationException>(() => suggestion.Approve(other, TestData.Therapist, DecidedAt)).Field);
    }

    [Fact]
    public void An_edit_that_keeps_the_proposal_counts_as_an_approval()
    {
        var programme = TestData.Prescribe();
        var suggestion = SuggestionFactory.LoadProgression(programme, 21m);

        suggestion.Edit(programme, suggestion.ProposedDosage with { }, TestData.Therapist, TestData.Start.AddDays(10));

        Assert.Equal(SuggestionStatus.Approved, suggestion.Status);
    }
}
