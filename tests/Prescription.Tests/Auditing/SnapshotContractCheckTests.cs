using Telehealth.ServiceDefaults.Auditing;
using Telehealth.Testing.Auditing;

namespace Telehealth.Prescription.Tests.Auditing;

/// <summary>The check that holds every service's audit snapshots to their documented shape notices a change anywhere in the tree.</summary>
public sealed class SnapshotContractCheckTests
{
    private static readonly AuditAction Measured = new("dose.measured", typeof(DoseV1), SchemaVersion: 1);

    [Fact]
    public void The_shape_names_fields_as_json_writes_them_with_nulls_enums_and_nested_lists()
    {
        Assert.Equal(
            [
                "itemId | string (UUID)",
                "day | string (one of Monday, Tuesday)",
                "loadKg | number or null",
                "note | string or null",
                "sets | array of object",
                "sets[].reps | integer",
                "sets[].at | string (ISO 8601 date and time)",
                "flags | array of string (one of Monday, Tuesday)",
            ],
            SnapshotShape.Describe(typeof(DoseV1)));
    }

    [Fact]
    public void A_document_written_from_the_type_agrees()
    {
        Assert.Empty(SnapshotContract.Disagreements([Measured], Document(typeof(DoseV1))));
    }

    [Fact]
    public void A_field_added_under_the_same_version_is_a_disagreement_that_asks_for_a_new_version()
    {
        var changed = Measured with { SnapshotType = typeof(DoseWithAField) };
        var document = Document(typeof(DoseV1)).Select(line => line.Replace(nameof(DoseV1), nameof(DoseWithAField))).ToArray();

        var disagreement = Assert.Single(SnapshotContract.Disagreements([changed], document));

        Assert.Contains("not the one documented for version 1", disagreement);
        Assert.Contains("| `sets[].side` | string |", disagreement);
    }

    [Fact]
    public void An_action_missing_from_the_index_or_a_version_without_its_table_is_a_disagreement()
    {
        var raised = Measured with { SchemaVersion = 2 };

        var disagreements = SnapshotContract.Disagreements([raised], Document(typeof(DoseV1)));

        Assert.Equal(2, disagreements.Count);
        Assert.Contains("the index has no row", disagreements[0]);
        Assert.Contains("DoseV1 version 2 is not documented", disagreements[1]);
    }

    private static string[] Document(Type snapshotType) =>
    [
        "# Snapshots",
        "",
        SnapshotContract.IndexRow(Measured with { SnapshotType = snapshotType }),
        "",
        .. SnapshotContract.Documentation(snapshotType, 1),
        "",
        "Prose after the table is the author's own.",
    ];

    private enum Day
    {
        Monday,
        Tuesday,
    }

    private sealed record SetV1(int Reps, DateTimeOffset At);

    private sealed record DoseV1(Guid ItemId, Day Day, decimal? LoadKg, string? Note, IReadOnlyList<SetV1> Sets, IReadOnlyList<Day> Flags);

    private sealed record SetWithASide(int Reps, DateTimeOffset At, string Side);

    private sealed record DoseWithAField(Guid ItemId, Day Day, decimal? LoadKg, string? Note, IReadOnlyList<SetWithASide> Sets, IReadOnlyList<Day> Flags);
}
