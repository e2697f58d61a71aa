using Telehealth.Cli.Connection;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>
/// Which of today's planned sessions a report is for: the one named, else the one whose window holds
/// the time it was done, else the first still to do. Only a convenience: when scheduling cannot say,
/// the report goes without it.
/// </summary>
internal static class PlannedSession
{
    public static async Task<Contracts.Scheduling.V1.PlannedSession?> FindAsync(CommandContext context, Guid patientId, string? sessionId, DateTimeOffset performedAt)
    {
        try
        {
            var today = await context.Scheduling.GetTodayAsync(patientId, context.Cancellation);
            if (sessionId is not null)
            {
                return today.Sessions.FirstOrDefault(s => s.SessionId == sessionId) ?? new Contracts.Scheduling.V1.PlannedSession { SessionId = sessionId };
            }
            var planned = today.Sessions.Where(s => s.Status == SessionStatus.Planned).ToList();
            return planned.FirstOrDefault(s => s.WindowStart?.ToDateTimeOffset() <= performedAt && performedAt <= s.WindowEnd?.ToDateTimeOffset())
                ?? planned.OrderBy(s => s.WindowStart?.ToDateTimeOffset()).FirstOrDefault();
        }
        catch (Exception exception) when (exception is ServiceCallException or CliException)
        {
            context.Output.Note($"Could not find today's planned session ({exception.Message}); reporting without it.");
            return sessionId is null ? null : new Contracts.Scheduling.V1.PlannedSession { SessionId = sessionId };
        }
    }
}
