using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.Progress.Reports;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

/// <summary>Counts a missed session and alerts the therapist when adherence falls too low.</summary>
public sealed class SessionMissedConsumer(ProgressDbContext db, TimeProvider clock, AdherenceMonitor adherence)
    : InboxConsumer<SessionMissed, ProgressDbContext>(db, clock)
{
    protected override async Task HandleAsync(SessionMissed message, ConsumeContext<SessionMissed> context)
    {
        if (await Db.MissedSessions.FindAsync([message.PlannedSessionId], context.CancellationToken) is null)
        {
            Db.MissedSessions.Add(new MissedSession
            {
                PlannedSessionId = message.PlannedSessionId,
                PatientId = message.PatientId,
                ProgrammeId = message.ProgrammeId,
                WindowStart = message.WindowStart,
                WindowEnd = message.WindowEnd,
            });
            await Db.SaveChangesAsync(context.CancellationToken);
        }
        await adherence.CheckAsync(Db, message.PatientId, message.ProgrammeId, Clock.GetUtcNow(), context.CancellationToken);
    }
}
