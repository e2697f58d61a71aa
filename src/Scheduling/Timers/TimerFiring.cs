using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Diagnostics;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Timers;

/// <summary>
/// Fires the timers that are due. One transaction claims a batch, does each timer's work (its event
/// goes to the outbox) and marks it fired; a crash before the commit leaves them all pending and a
/// crash after it leaves them all fired, so no reminder is lost and none is sent twice.
/// </summary>
public sealed class TimerFiring(
    SchedulingDbContext db,
    PatientPlanning planning,
    IOptions<SchedulingOptions> options,
    SchedulingMetrics metrics,
    ILogger<TimerFiring> logger)
{
    // A movement break is only worth a nudge near its time; after downtime the latest one stands in for the rest.
    private static readonly TimeSpan MovementBreakUsefulFor = TimeSpan.FromMinutes(MovementBreakPrescription.ShortestInterval);

    /// <summary>Fires what is due at <paramref name="now"/>, oldest first; returns how many timers it fired.</summary>
    public async Task<int> FireDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Timers
            .Where(t => t.State == TimerState.Pending && t.DueAt <= now)
            .OrderBy(t => t.DueAt)
            .Take(options.Value.TimerBatchSize)
            .ToListAsync(cancellationToken);
        await LoadSubjectsAsync(due, cancellationToken);
        foreach (var timer in due)
        {
            if (timer.Kind == TimerKind.PlanAhead)
            {
                // Planning ahead reads the plan back from the database: it must see what came before it.
                await db.SaveChangesAsync(cancellationToken);
            }
            var outcome = await FireAsync(timer, due, now, cancellationToken);
            timer.Fire(now, outcome);
        }
        // One save for the batch: many reminders fall due at the same minute, and saving them one
        // by one made the last of a few thousand fire seconds late.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var timer in due)
        {
            metrics.TimerFired(timer.Kind, timer.Outcome!.Value, timer.LatenessSeconds ?? 0);
        }
        var latest = due.Count == 0 ? 0 : due.Max(t => t.LatenessSeconds ?? 0);
        if (latest > 2 * options.Value.TimerPollInterval.TotalSeconds)
        {
            // Overdue after downtime: fired late rather than never. Kinds and counts only, no patients.
            logger.LogWarning("Fired {Count} timers, up to {Lateness:0.0} s after their due time", due.Count, latest);
        }
        return due.Count;
    }

    /// <summary>The sessions and appointments the batch is about, in two queries; firing then finds them tracked.</summary>
    private async Task LoadSubjectsAsync(IReadOnlyList<DurableTimer> due, CancellationToken cancellationToken)
    {
        var sessionIds = due.Where(t => t.Kind is TimerKind.SessionReminder or TimerKind.SessionWindowClose).Select(t => t.SubjectId).Distinct().ToList();
        if (sessionIds.Count > 0)
        {
            await db.Sessions.Where(s => sessionIds.Contains(s.Id)).LoadAsync(cancellationToken);
        }
        var appointmentIds = due.Where(t => t.Kind == TimerKind.AppointmentReminder).Select(t => t.SubjectId).Distinct().ToList();
        if (appointmentIds.Count > 0)
        {
            await db.Appointments.Where(a => appointmentIds.Contains(a.Id)).LoadAsync(cancellationToken);
        }
    }

    /// <summary>When the next pending timer is due, if any.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var next = await db.Timers
            .Where(t => t.State == TimerState.Pending)
            .OrderBy(t => t.DueAt)
            .Select(t => (DateTimeOffset?)t.DueAt)
            .FirstOrDefaultAsync(cancellationToken);
        return next;
    }

    private Task<TimerOutcome> FireAsync(DurableTimer timer, IReadOnlyList<DurableTimer> batch, DateTimeOffset now, CancellationToken cancellationToken) => timer.Kind switch
    {
        TimerKind.SessionReminder => RemindOfSessionAsync(timer, now, cancellationToken),
        TimerKind.SessionWindowClose => CloseSessionWindowAsync(timer, now, cancellationToken),
        TimerKind.AppointmentReminder => RemindOfAppointmentAsync(timer, now, cancellationToken),
        TimerKind.MovementBreak => Task.FromResult(RemindToMove(timer, batch, now)),
        TimerKind.PlanAhead => PlanAheadAsync(timer, now, cancellationToken),
        _ => Task.FromResult(TimerOutcome.Skipped),
    };

    private async Task<TimerOutcome> RemindOfSessionAsync(DurableTimer timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FindAsync([timer.SubjectId], cancellationToken);
        // Late is better than never, but not once the session can no longer be done.
        if (session is not { State: SessionState.Planned } || session.WindowEnd <= now)
        {
            return TimerOutcome.Skipped;
        }
        db.Publish(new SessionReminderDue(timer.Id, session.PatientId, session.Id, session.ProgrammeId, session.WindowStart, session.TimeZone, timer.DueAt, now), now);
        return TimerOutcome.Published;
    }

    private async Task<TimerOutcome> CloseSessionWindowAsync(DurableTimer timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FindAsync([timer.SubjectId], cancellationToken);
        if (session is not { State: SessionState.Planned })
        {
            return TimerOutcome.Done;
        }
        session.State = SessionState.Missed;
        session.UpdatedAt = now;
        db.Publish(new SessionMissed(session.Id, session.PatientId, session.ProgrammeId, session.WindowStart, session.WindowEnd), now);
        metrics.SessionMissed();
        return TimerOutcome.Published;
    }

    private async Task<TimerOutcome> RemindOfAppointmentAsync(DurableTimer timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.FindAsync([timer.SubjectId], cancellationToken);
        if (appointment is not { Status: AppointmentStatus.Booked } || appointment.EndsAt <= now)
        {
            return TimerOutcome.Skipped;
        }
        db.Publish(new AppointmentReminderDue(timer.Id, appointment.Id, appointment.PatientId, appointment.TherapistId, appointment.StartsAt, timer.Lead, timer.DueAt, now), now);
        return TimerOutcome.Published;
    }

    private TimerOutcome RemindToMove(DurableTimer timer, IReadOnlyList<DurableTimer> batch, DateTimeOffset now)
    {
        var later = batch.Any(t => t.Kind == TimerKind.MovementBreak && t.PatientId == timer.PatientId && t.DueAt > timer.DueAt);
        if (later || now - timer.DueAt > MovementBreakUsefulFor)
        {
            return TimerOutcome.Superseded;
        }
        db.Publish(new MovementBreakDue(timer.Id, timer.PatientId, timer.DueAt, now), now);
        return TimerOutcome.Published;
    }

    private async Task<TimerOutcome> PlanAheadAsync(DurableTimer timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await planning.ReplanAsync(timer.PatientId, now, cancellationToken);
        return TimerOutcome.Done;
    }
}
