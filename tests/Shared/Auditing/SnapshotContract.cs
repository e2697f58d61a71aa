using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Testing.Auditing;

/// <summary>
/// Holds a service's audit actions to the documented contract (snapshots.md beside audit.proto):
/// each action is listed with its current schema version and snapshot type, and the shape
/// written there for that type and version is the shape the type has now.
/// </summary>
public static class SnapshotContract
{
    public static string DocumentPath { get; } =
        RepositoryFiles.PathOf("src", "Contracts", "Protos", "telehealth", "audit", "v1", "snapshots.md");

    /// <summary>Everything that disagrees, each with what to write; empty when the document and the code agree.</summary>
    public static IReadOnlyList<string> Disagreements(IEnumerable<AuditAction> actions) =>
        Disagreements(actions, File.ReadAllLines(DocumentPath));

    public static IReadOnlyList<string> Disagreements(IEnumerable<AuditAction> actions, string[] document)
    {
        var disagreements = new List<string>();
        foreach (var action in actions)
        {
            var row = IndexRow(action);
            if (!document.Contains(row))
            {
                disagreements.Add($"{action.Name}: the index has no row \"{row}\".");
            }
        }
        foreach (var shape in actions.Select(a => (a.SnapshotType, a.SchemaVersion)).Distinct())
        {
            var expected = Block(shape.SnapshotType);
            var written = WrittenBlock(document, shape.SnapshotType, shape.SchemaVersion);
            if (written is null)
            {
                disagreements.Add($"{shape.SnapshotType.Name} version {shape.SchemaVersion} is not documented. Add:\n{string.Join("\n", Documentation(shape.SnapshotType, shape.SchemaVersion))}");
            }
            else if (!written.SequenceEqual(expected))
            {
                disagreements.Add(
                    $"{shape.SnapshotType.Name}'s shape is not the one documented for version {shape.SchemaVersion}. "
                    + "An auditor reads old records by that version, so leave its block as it is, raise the actions' "
                    + $"schema version and document the new shape:\n{string.Join("\n", expected)}");
            }
        }
        return disagreements;
    }

    /// <summary>The documentation of one snapshot type at one version: its marker, then its table.</summary>
    public static IReadOnlyList<string> Documentation(Type snapshotType, int version) =>
        [Marker(snapshotType, version), "", .. Block(snapshotType)];

    public static string IndexRow(AuditAction action) => $"| `{action.Name}` | {action.SchemaVersion} | {action.SnapshotType.Name} |";

    private static string Marker(Type snapshotType, int version) => $"<!-- snapshot {snapshotType.Name} version {version} -->";

    private static List<string> Block(Type snapshotType) =>
        ["| field | type |", "|---|---|", .. SnapshotShape.Describe(snapshotType).Select(line => "| `" + line.Replace(" | ", "` | ") + " |")];

    private static List<string>? WrittenBlock(string[] document, Type snapshotType, int version)
    {
        var start = Array.IndexOf(document, Marker(snapshotType, version));
        return start < 0
            ? null
            : document.Skip(start + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(line => line.StartsWith('|')).ToList();
    }
}
