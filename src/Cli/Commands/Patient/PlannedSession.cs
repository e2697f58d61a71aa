using Telehealth.Cli.Connection;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>
/// Which of today's planned sessions a report is for: the one named (the start of its id is enough
/// for one of today's), else the one whose window holds the time it was done, else the first still to
/// do. Only a convenience: when scheduling cannot say, the report goes without it.
/// </summary>
internal static class PlannedSession
{
    public static async Task<Contracts.Scheduling.V1.PlannedSession?> FindAsync(CommandContext context, Guid patientId, IdPrefix? session, DateTimeOffset performedAt)
    {
        Schedule today;
        try
        {
            today = await context.Scheduling.GetTodayAsync(patientId, context.Cancellation);
        }
        catch (Exception exception) when (exception is ServiceCallException or CliException)
        {
            if (session is { Whole: null })
            {
                throw CliException.Usage($"--session: today's sessions could not be looked up ({exception.Message}); give the session's whole id.");
            }
            context.Output.Note($"Could not find today's planned session ({exception.Message}); reporting without it.");
            return session?.Whole is { } given ? Named(given.ToString()) : null;
        }
        if (session is not null)
        {
            return session.Whole is { } whole
                ? today.Sessions.FirstOrDefault(s => Guid.TryParse(s.SessionId, out var id) && id == whole) ?? Named(whole.ToString())
                : IdMatch.Single(today.Sessions, session, s => s.SessionId, s => $"starting {s.LocalStartTime}, {EnumNames.Of(s.Status)}",
                    "session of today", whenNone: "give the whole id of another day's session");
        }
        var planned = today.Sessions.Where(s => s.Status == SessionStatus.Planned).ToList();
        return planned.FirstOrDefault(s => s.WindowStart?.ToDateTimeOffset() <= performedAt && performedAt <= s.WindowEnd?.ToDateTimeOffset())
            ?? planned.OrderBy(s => s.WindowStart?.ToDateTimeOffset()).FirstOrDefault();
    }

    private static Contracts.Scheduling.V1.PlannedSession Named(string sessionId) => new() { SessionId = sessionId };
}
