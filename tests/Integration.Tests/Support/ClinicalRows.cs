namespace Telehealth.Integration.Tests.Support;

/// <summary>Row counts of prescription's and progress's clinical tables, to show that a refused call wrote nothing.</summary>
internal static class ClinicalRows
{
    private static readonly string[] PrescriptionTables = ["programmes", "programme_versions", "exercises", "suggestions", "outbox", "processed_requests", "audit_records"];
    private static readonly string[] ProgressTables = ["session_reports", "next_day_checks", "outcomes", "alerts", "outbox", "processed_requests", "audit_records"];

    public static string Snapshot(ClinicalSystem system) => string.Join(", ",
        DatabaseRows.CountAll(system.DatabaseFile("prescriptiondb"), PrescriptionTables).Select(kv => $"prescription.{kv.Key}={kv.Value}")
            .Concat(DatabaseRows.CountAll(system.DatabaseFile("progressdb"), ProgressTables).Select(kv => $"progress.{kv.Key}={kv.Value}")));

    /// <summary>
    /// Events from earlier tests may still be landing (a report's suggestion reaches prescription a
    /// moment after the report): a snapshot once the databases have not changed for a second.
    /// </summary>
    public static async Task<string> SettledSnapshotAsync(ClinicalSystem system)
    {
        const int QuietReads = 5;
        var previous = Snapshot(system);
        var quiet = 0;
        for (var attempt = 0; attempt < 100 && quiet < QuietReads; attempt++)
        {
            await Task.Delay(200);
            var current = Snapshot(system);
            quiet = current == previous ? quiet + 1 : 0;
            previous = current;
        }
        return previous;
    }
}
