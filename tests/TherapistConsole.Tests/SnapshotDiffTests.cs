using Telehealth.TherapistConsole.Audit;
using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Tests;

public sealed class SnapshotDiffTests
{
    [Fact]
    public void A_creation_lists_what_it_recorded_without_empty_fields()
    {
        var changes = SnapshotDiff.Between("", """{"pain":3,"usualPain":2,"reportId":"r1","note":null,"redFlags":[],"flare":true}""");

        Assert.Equal(
            [new("pain", null, "3"), new("usual pain", null, "2"), new("report id", null, "r1"), new("red flags", null, "none"), new("flare", null, "yes")],
            changes);
    }

    [Fact]
    public void Items_are_matched_by_their_exercise_so_an_added_one_is_only_itself()
    {
        var changes = SnapshotDiff.Between(
            """{"items":[{"exerciseName":"Bird-dog","dosage":{"sets":3}}]}""",
            """{"items":[{"exerciseName":"Side plank","dosage":{"sets":2}},{"exerciseName":"Bird-dog","dosage":{"sets":3}}]}""");

        Assert.Equal([new SnapshotChange("items › Side plank › dosage › sets", null, "2")], changes);
    }

    [Fact]
    public void A_removed_field_is_a_change_to_nothing()
    {
        var changes = SnapshotDiff.Between("""{"acknowledgedAt":"2026-12-06T09:30:00+00:00"}""", """{"acknowledgedAt":null}""");

        Assert.Equal([new SnapshotChange("acknowledged at", "2026-12-06T09:30:00+00:00", null)], changes);
    }

    [Fact]
    public void A_snapshot_that_is_not_json_is_shown_as_it_is()
    {
        Assert.Equal([new SnapshotChange("snapshot", null, "not json")], SnapshotDiff.Between(" ", "not json"));
    }

    [Theory]
    [InlineData("patient:a0000000-0000-4000-8000-00000000000a", "the patient")]
    [InlineData("service:progress", "the progress service")]
    [InlineData("therapist:7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "therapist 7a2b3c4d")]
    [InlineData("therapist:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "you")]
    public void Actors_are_said_as_a_therapist_reads_them(string actor, string words)
    {
        Assert.Equal(words, AuditWords.Actor(actor, Guid.Parse("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f")));
    }

    [Fact]
    public void Actions_are_said_in_words()
    {
        Assert.Equal("Next day pain check submitted", AuditWords.Action("next_day_pain_check.submitted"));
    }
}
