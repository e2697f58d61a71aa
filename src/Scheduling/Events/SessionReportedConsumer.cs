using MassTransit;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Timers;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Scheduling.Events;

/// <summary>
/// A reported session is done, even when reported after its window closed (it was missed, then
/// done late); its reminder and window close still pending are dropped. Nothing else of the
/// patient's plan depends on it, so the patient is not re-planned: a report is the commonest event
/// there is, and a whole re-plan read every programme, session, appointment and timer of the patient.
/// Reports arrive by the hundred a second in the evening, so they are taken in batches: the
/// sessions they name read at once, their timers cancelled at once, one commit for the lot.
/// </summary>
public sealed class SessionReportedConsumer(SchedulingDbContext db, TimeProvider clock)
    : InboxBatchConsumer<SessionReported, SchedulingDbContext>(db, clock)
{
    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<SessionReported>> messages, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var named = await NamedSessionsAsync(messages, cancellationToken);
        var done = new List<Guid>();
        foreach (var message in messages.Select(m => m.Message))
        {
            var session = message.PlannedSessionId is { } id
                ? named.GetValueOrDefault(id) is { } found && found.PatientId == message.PatientId ? found : null
                : await SessionOnTheDayAsync(message, cancellationToken);
            // Two reports of one session in a batch: the second finds it done already, in the tracker.
            if (session is null || session.State == SessionState.Done)
            {
                continue;
            }
            session.State = SessionState.Done;
            session.ReportId = message.ReportId;
            session.UpdatedAt = now;
            done.Add(session.Id);
        }
        await TimerSchedule.CancelForDoneSessionsAsync(Db, done, now, cancellationToken);
    }

    /// <summary>The sessions the reports name, in one read.</summary>
    private async Task<Dictionary<Guid, PlannedSession>> NamedSessionsAsync(IReadOnlyList<ConsumeContext<SessionReported>> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.Message.PlannedSessionId).OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : await Db.Sessions.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    /// <summary>A report that names no session: the patient's session of that programme on the day it was done.</summary>
    private async Task<PlannedSession?> SessionOnTheDayAsync(SessionReported message, CancellationToken cancellationToken)
    {
        var performed = message.PerformedAt.ToUniversalTime();
        var (from, to) = (performed.AddDays(-1), performed.AddDays(1));
        var candidates = await Db.Sessions
            .Where(s => s.PatientId == message.PatientId && s.ProgrammeId == message.ProgrammeId && s.WindowStart >= from && s.WindowStart <= to)
            .ToListAsync(cancellationToken);
        var at = Instant.FromDateTimeOffset(performed);
        return candidates
            .Where(s => s.State != SessionState.Done && s.LocalDate == WallClock.Format(at.InZone(WallClock.FindZone(s.TimeZone) ?? DateTimeZone.Utc).Date))
            .OrderBy(s => s.State == SessionState.Cancelled)
            .FirstOrDefault();
    }
}
