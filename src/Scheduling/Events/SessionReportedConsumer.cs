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
/// </summary>
public sealed class SessionReportedConsumer(SchedulingDbContext db, TimeProvider clock)
    : InboxConsumer<SessionReported, SchedulingDbContext>(db, clock)
{
    protected override async Task HandleAsync(SessionReported message, ConsumeContext<SessionReported> context)
    {
        var now = Clock.GetUtcNow();
        var session = await FindAsync(message, context.CancellationToken);
        if (session is null || session.State == SessionState.Done)
        {
            return;
        }
        session.State = SessionState.Done;
        session.ReportId = message.ReportId;
        session.UpdatedAt = now;
        await TimerSchedule.CancelForDoneSessionAsync(Db, session.Id, now, context.CancellationToken);
    }

    /// <summary>The session the report names, or else the patient's session of that programme on the day it was done.</summary>
    private async Task<PlannedSession?> FindAsync(SessionReported message, CancellationToken cancellationToken)
    {
        if (message.PlannedSessionId is { } id)
        {
            var named = await Db.Sessions.FindAsync([id], cancellationToken);
            return named?.PatientId == message.PatientId ? named : null;
        }
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
