using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class VersionDiffTests
{
    private static readonly DateTimeOffset Later = TestData.Start.AddDays(7);

    [Fact]
    public void Lists_items_added_removed_and_each_changed_field_old_to_new()
    {
        var programme = TestData.Prescribe();
        var extension = programme.Item(TestData.LumbarExtension);
        var psoas = programme.Item(TestData.PsoasStretch);
        programme.Adjust(
            1,
            new ProgrammeChangeSet
            {
                Updated = [new ItemUpdate(extension.ItemId) { Dosage = extension.Dosage with { LoadKg = 21.5m, RepsMax = 12 } }],
                Removed = [psoas.ItemId],
                Added = [ProgrammeItemSpec.For(TestData.SidePlank, new Dosage { Sets = 2, RepsMin = 3, RepsMax = 5, HoldSeconds = 10, SessionsPerWeek = 3 }, RehabPhase.Endurance, MovementMode.Static)],
                ReviewIntervalDays = 21,
            },
            TestData.Therapist,
            Later,
            "Stretch no longer needed; add lateral endurance");

        var diff = programme.Diff(1, 2);

        Assert.Equal("Side plank", Assert.Single(diff.Added).ExerciseName);
        Assert.Equal(psoas.ItemId, Assert.Single(diff.Removed).ItemId);
        var changed = Assert.Single(diff.Changed);
        Assert.Equal(extension.ItemId, changed.ItemId);
        Assert.Equal(
            [new FieldChange("dosage.reps_max", "15", "12"), new FieldChange("dosage.load_kg", "20", "21.5")],
            changed.Changes);
        Assert.Equal([new FieldChange("review_interval_days", "14", "21")], diff.ProgrammeChanges);
        Assert.Equal("Stretch no longer needed; add lateral endurance", Assert.Single(diff.Steps).Reason);
    }

    [Fact]
    public void Describe_reads_as_a_change_log()
    {
        var programme = TestData.Prescribe();
        programme.ChangeLoad(22m, Later, "Reached 15 reps in two sessions");
        var psoas = programme.Item(TestData.PsoasStretch);
        programme.Adjust(2, new ProgrammeChangeSet { Removed = [psoas.ItemId] }, TestData.Therapist, Later.AddHours(1), "Hip flexors no longer tight");

        var text = programme.Diff(1, 3).Describe();

        Assert.Equal(
            """
            Version 1 → 3
            Version 2: adjusted by therapist 22222222-2222-2222-2222-222222222222 at 2025-03-10 09:00 UTC — Reached 15 reps in two sessions
            Version 3: adjusted by therapist 22222222-2222-2222-2222-222222222222 at 2025-03-10 10:00 UTC — Hip flexors no longer tight
            - Psoas / hip-flexor stretch: 2 holds per side, hold 30 s, 7×/week
            ~ Isolated lumbar extension (machine, pelvis restrained): dosage.load_kg 20 → 22
            """,
            text);
    }

    [Fact]
    public void A_status_change_shows_as_a_programme_change()
    {
        var programme = TestData.Prescribe();
        programme.Pause(1, TestData.Therapist, Later, "Holiday");

        var diff = programme.Diff(1, 2);

        Assert.Empty(diff.Changed);
        Assert.Equal([new FieldChange("status", "active", "paused")], diff.ProgrammeChanges);
        Assert.Contains("~ status active → paused", diff.Describe());
        Assert.Equal(["~ status active → paused"], diff.ChangeLines());
    }

    [Fact]
    public void The_change_lines_carry_no_heading_who_or_why()
    {
        var programme = TestData.Prescribe();
        programme.Pause(1, TestData.Therapist, Later, "Holiday in Crete");

        Assert.All(programme.Diff(1, 2).ChangeLines(), line => Assert.DoesNotContain("Holiday", line));
        Assert.All(programme.Diff(1, 2).ChangeLines(), line => Assert.DoesNotContain("Version", line));
    }

    [Fact]
    public void Moving_an_item_is_a_position_change_but_removing_another_is_not()
    {
        var programme = TestData.Prescribe();
        var specs = programme.Current.Items.Select(i => i.ToSpec()).ToList();

        programme.Adjust(1, [specs[1], specs[0], specs[2], specs[3]], TestData.Therapist, Later, "Warm up with bird-dog first");
        var moved = programme.Diff(1, 2);

        programme.Adjust(2, new ProgrammeChangeSet { Removed = [specs[2].ItemId!.Value] }, TestData.Therapist, Later, "Drop stretch");
        var removed = programme.Diff(2, 3);

        Assert.Contains(moved.Changed, c => c.Changes.Contains(new FieldChange("position", "2", "1")));
        Assert.Empty(removed.Changed);
    }

    [Fact]
    public void History_lists_every_version_against_the_one_before()
    {
        var programme = TestData.Prescribe();
        programme.ChangeLoad(22m, Later);
        programme.Pause(2, TestData.Therapist, Later, "Holiday");

        var history = programme.History();

        Assert.Equal([(0, 1), (1, 2), (2, 3)], history.Select(d => (d.FromVersion, d.ToVersion)));
        Assert.Equal(4, history[0].Added.Count);
        Assert.Equal("dosage.load_kg", Assert.Single(Assert.Single(history[1].Changed).Changes).Field);
        Assert.Equal("status", Assert.Single(history[2].ProgrammeChanges).Field);
    }

    [Fact]
    public void Diff_is_a_pure_function_of_two_versions()
    {
        var programme = TestData.Prescribe();
        programme.ChangeLoad(22m, Later);

        var first = VersionDiff.Between(programme.GetVersion(1), programme.GetVersion(2));
        var second = VersionDiff.Between(programme.GetVersion(1), programme.GetVersion(2));

        Assert.Equal(first.Describe(), second.Describe());
        Assert.Equal(20m, programme.GetVersion(1).Items[0].Dosage.LoadKg);
    }

    [Fact]
    public void Versions_must_exist_and_be_in_order()
    {
        var programme = TestData.Prescribe();
        programme.ChangeLoad(22m, Later);

        Assert.Equal("version", Assert.Throws<DomainValidationException>(() => programme.Diff(1, 5)).Field);
        Assert.Equal("to_version", Assert.Throws<DomainValidationException>(() => programme.Diff(2, 1)).Field);
    }
}
