using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class ProgrammeAdjustTests
{
    private static readonly DateTimeOffset Later = TestData.Start.AddDays(7);

    [Fact]
    public void Adjusting_appends_a_new_version_and_leaves_the_old_one_untouched()
    {
        var programme = TestData.Prescribe();
        var itemsBefore = programme.Current.Items.ToList();

        var version = programme.ChangeLoad(22m, Later, "Reached 15 reps twice");

        Assert.Equal(2, version.Number);
        Assert.Equal(2, programme.CurrentVersion);
        Assert.Equal(ProgrammeChangeKind.Adjusted, version.Change);
        Assert.Equal("Reached 15 reps twice", version.Reason);
        Assert.Equal(Later, version.CreatedAt);
        Assert.Equal(20m, programme.GetVersion(1).Items[0].Dosage.LoadKg);
        Assert.Equal(22m, programme.Current.Items[0].Dosage.LoadKg);
        Assert.Equal(itemsBefore, programme.GetVersion(1).Items);
    }

    [Fact]
    public void Item_ids_stay_the_same_across_versions()
    {
        var programme = TestData.Prescribe();
        var idsBefore = programme.Current.Items.Select(i => i.ItemId).ToList();

        programme.ChangeLoad(22m, Later);

        Assert.Equal(idsBefore, programme.Current.Items.Select(i => i.ItemId));
    }

    [Fact]
    public void A_stale_expected_version_fails_and_says_which_version_is_current()
    {
        var programme = TestData.Prescribe();
        programme.ChangeLoad(22m, Later);

        var error = Assert.Throws<ConcurrencyConflictException>(() => programme.Adjust(
            1,
            ProgrammeChangeSet.ChangeDosage(programme.Item(TestData.BirdDog).ItemId, TestData.BirdDogDosage with { Sets = 3 }),
            TestData.OtherTherapist,
            Later,
            "More sets"));

        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(2, error.CurrentVersion);
        Assert.Equal("expected_version", error.Field);
        Assert.Contains("version 2", error.Message);
        Assert.Equal(2, programme.CurrentVersion);
    }

    [Fact]
    public void A_reason_is_required()
    {
        var programme = TestData.Prescribe();
        var item = programme.Item(TestData.BirdDog);

        var error = Assert.Throws<DomainValidationException>(() => programme.Adjust(
            1, ProgrammeChangeSet.ChangeDosage(item.ItemId, item.Dosage with { Sets = 3 }), TestData.Therapist, Later, " "));

        Assert.Equal("reason", error.Field);
        Assert.Equal(1, programme.CurrentVersion);
    }

    [Fact]
    public void A_completed_programme_cannot_be_adjusted()
    {
        var programme = TestData.Prescribe();
        programme.Complete(1, TestData.Therapist, Later, "Goals met");

        var error = Assert.Throws<ProgrammeStateException>(() => programme.ChangeLoad(22m, Later.AddDays(1)));

        Assert.Equal("status", error.Field);
        Assert.Contains("completed", error.Message);
    }

    [Fact]
    public void A_paused_programme_can_be_adjusted_and_stays_paused()
    {
        var programme = TestData.Prescribe();
        programme.Pause(1, TestData.Therapist, Later, "Patient travelling");

        var version = programme.ChangeLoad(18m, Later.AddDays(1));

        Assert.Equal(3, version.Number);
        Assert.Equal(ProgrammeStatus.Paused, version.Status);
        Assert.Equal(ProgrammeStatus.Paused, programme.Status);
    }

    [Fact]
    public void A_full_item_list_adds_removes_and_changes_items()
    {
        var programme = TestData.Prescribe();
        var current = programme.Current.Items.Select(i => i.ToSpec()).ToList();
        var newItems = new List<ProgrammeItemSpec>
        {
            current[0],
            current[1] with { Dosage = current[1].Dosage with { Sets = 3 }, Mode = MovementMode.Dynamic },
            current[3],
            ProgrammeItemSpec.For(TestData.SidePlank, new Dosage { Sets = 2, RepsMin = 3, RepsMax = 5, HoldSeconds = 10, SessionsPerWeek = 3 }, RehabPhase.Endurance, MovementMode.Static),
        };

        var version = programme.Adjust(1, newItems, TestData.Therapist, Later, "Ready for endurance work", reviewIntervalDays: 21);

        Assert.Equal(4, version.Items.Count);
        Assert.Null(version.FindItem(current[2].ItemId!.Value));
        Assert.Equal(3, version.FindItem(current[1].ItemId!.Value)!.Dosage.Sets);
        Assert.Equal(MovementMode.Dynamic, version.FindItem(current[1].ItemId!.Value)!.Mode);
        Assert.Equal(TestData.SidePlank.Id, version.Items[3].ExerciseId);
        Assert.Equal(21, version.ReviewIntervalDays);
    }

    [Fact]
    public void A_change_set_updates_removes_and_adds()
    {
        var programme = TestData.Prescribe();
        var birdDog = programme.Item(TestData.BirdDog);
        var psoas = programme.Item(TestData.PsoasStretch);
        var changes = new ProgrammeChangeSet
        {
            Updated = [new ItemUpdate(birdDog.ItemId) { Phase = RehabPhase.Endurance, Mode = MovementMode.Dynamic }],
            Removed = [psoas.ItemId],
            Added = [ProgrammeItemSpec.For(TestData.SidePlank, new Dosage { Sets = 2, RepsMin = 3, RepsMax = 5, HoldSeconds = 10, SessionsPerWeek = 3 }, RehabPhase.Endurance, MovementMode.Static)],
            ReviewIntervalDays = 21,
        };

        var version = programme.Adjust(1, changes, TestData.Therapist, Later, "Progress to phase 2");

        Assert.Equal(
            [TestData.LumbarExtension.Id, TestData.BirdDog.Id, TestData.Walking.Id, TestData.SidePlank.Id],
            version.Items.OrderBy(i => i.Order).Select(i => i.ExerciseId));
        Assert.Equal(RehabPhase.Endurance, version.FindItem(birdDog.ItemId)!.Phase);
        Assert.Equal(birdDog.Dosage, version.FindItem(birdDog.ItemId)!.Dosage);
        Assert.Equal(21, version.ReviewIntervalDays);
    }

    [Fact]
    public void A_change_set_naming_unknown_items_is_refused()
    {
        var programme = TestData.Prescribe();
        var changes = new ProgrammeChangeSet
        {
            Removed = [Guid.NewGuid()],
            Updated = [new ItemUpdate(Guid.NewGuid()) { Dosage = TestData.BirdDogDosage }],
        };

        var error = Assert.Throws<DomainValidationException>(() => programme.Adjust(1, changes, TestData.Therapist, Later, "Tidy up"));

        Assert.Equal(["removed[0]", "updated[0].item_id"], error.Violations.Select(v => v.Field).Order());
    }

    [Fact]
    public void Invalid_dosage_in_a_change_set_names_the_resulting_item()
    {
        var programme = TestData.Prescribe();
        var psoas = programme.Item(TestData.PsoasStretch);

        var error = Assert.Throws<DomainValidationException>(() => programme.Adjust(
            1, ProgrammeChangeSet.ChangeDosage(psoas.ItemId, psoas.Dosage with { HoldSeconds = 61 }), TestData.Therapist, Later, "Longer holds"));

        Assert.Equal("items[2].dosage.hold_seconds", error.Field);
    }

    [Fact]
    public void An_adjustment_that_changes_nothing_is_refused()
    {
        var programme = TestData.Prescribe();

        var error = Assert.Throws<DomainValidationException>(() => programme.Adjust(
            1, programme.Current.Items.Select(i => i.ToSpec()).ToList(), TestData.Therapist, Later, "Checked"));

        Assert.Equal("items", error.Field);
        Assert.Equal(1, programme.CurrentVersion);
    }

    [Fact]
    public void An_item_keeps_its_exercise()
    {
        var programme = TestData.Prescribe();
        var items = programme.Current.Items.Select(i => i.ToSpec()).ToList();
        items[1] = items[1] with { ExerciseId = TestData.SidePlank.Id, ExerciseName = TestData.SidePlank.Name };

        var error = Assert.Throws<DomainValidationException>(() => programme.Adjust(1, items, TestData.Therapist, Later, "Swap"));

        Assert.Equal("items[1].exercise_id", error.Field);
    }

    [Fact]
    public void An_item_id_that_is_not_in_the_current_version_is_refused()
    {
        var programme = TestData.Prescribe();
        var items = programme.Current.Items.Select(i => i.ToSpec()).ToList();
        items[3] = items[3] with { ItemId = Guid.NewGuid() };

        var error = Assert.Throws<DomainValidationException>(() => programme.Adjust(1, items, TestData.Therapist, Later, "Edit"));

        Assert.Equal("items[3].item_id", error.Field);
    }

    [Fact]
    public void A_load_the_therapist_lowers_is_recorded_until_it_is_raised_again()
    {
        var programme = TestData.Prescribe();

        programme.ChangeLoad(17m, Later, "Flare after last session");
        var lowered = programme.Item(TestData.LumbarExtension).LoadLoweredByTherapist;

        Assert.Equal(new ManualLoadDecrease(20m, 17m, 2, Later), lowered);

        var birdDog = programme.Item(TestData.BirdDog);
        programme.Adjust(2, ProgrammeChangeSet.ChangeDosage(birdDog.ItemId, birdDog.Dosage with { Sets = 3 }), TestData.Therapist, Later.AddDays(1), "More sets");
        Assert.Equal(lowered, programme.Item(TestData.LumbarExtension).LoadLoweredByTherapist);

        programme.ChangeLoad(18m, Later.AddDays(14), "Earned it back");
        Assert.Null(programme.Item(TestData.LumbarExtension).LoadLoweredByTherapist);
    }

    [Fact]
    public void The_system_cannot_adjust_directly()
    {
        var programme = TestData.Prescribe();
        var item = programme.Item(TestData.LumbarExtension);

        var error = Assert.Throws<DomainValidationException>(() => programme.Adjust(
            1, ProgrammeChangeSet.ChangeDosage(item.ItemId, item.Dosage with { LoadKg = 21m }), Actor.System, Later, "Auto"));

        Assert.Equal("actor.role", error.Field);
    }

    [Fact]
    public void Added_items_get_their_id_from_the_programme()
    {
        var programme = TestData.Prescribe();
        var sidePlank = ProgrammeItemSpec.For(TestData.SidePlank, new Dosage { Sets = 2, RepsMin = 3, RepsMax = 5, HoldSeconds = 10, SessionsPerWeek = 3 }, RehabPhase.Endurance, MovementMode.Static);

        var error = Assert.Throws<DomainValidationException>(() => programme.Adjust(
            1, new ProgrammeChangeSet { Added = [sidePlank with { ItemId = Guid.NewGuid() }] }, TestData.Therapist, Later, "Add side plank"));

        Assert.Equal("added[0].item_id", error.Field);
    }
}
