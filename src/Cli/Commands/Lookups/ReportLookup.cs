using Telehealth.Cli.Input;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Commands.Lookups;

/// <summary>A session report named by the start of its id: looked up among the patient's latest reports.</summary>
internal static class ReportLookup
{
    // The most ListSessionReports returns at once.
    private const int Latest = 200;

    public static async Task<SessionReportSummary> FindAsync(CommandContext context, Guid patientId, IdPrefix prefix)
    {
        var reports = await context.Progress.ListReportsAsync(patientId, Latest, context.Cancellation);
        return IdMatch.Single(
            reports.Reports, prefix, r => r.ReportId,
            r => $"{context.Output.Time(r.PerformedAt)}, pain {r.PainBefore} → {r.PainAfter}",
            $"session report among the latest {Latest}");
    }

    /// <summary>The report's id: as given when whole, else looked up.</summary>
    public static async Task<string> ResolveAsync(CommandContext context, Guid patientId, IdPrefix prefix) =>
        prefix.Whole?.ToString() ?? (await FindAsync(context, patientId, prefix)).ReportId;
}
