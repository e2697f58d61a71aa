using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Schedules;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Calendar;

/// <summary>
/// A patient's schedule as an iCalendar feed. Entries say only "Exercise session" (with the
/// exercises) and "Telehealth review": a phone calendar syncs to places we do not control, so the
/// reasons for reviews stay out of it.
/// </summary>
public sealed class CalendarFeeds(SchedulingDbContext db, TimeProvider clock)
{
    public const string SubscriptionPrefix = "/calendar/";
    private static readonly TimeSpan History = TimeSpan.FromDays(30);

    public async Task<Proto.CalendarFeed> GetAsync(Guid patientId, bool rotate, Caller caller, CancellationToken cancellationToken)
    {
        // The subscription address opens the schedule without signing in: only the patient gets it.
        Caseload.RequireSelf(caller, patientId, "subscribe to their own calendar");
        var now = clock.GetUtcNow();
        var subscription = await db.CalendarSubscriptions.FindAsync([patientId], cancellationToken);
        if (subscription is null)
        {
            subscription = new CalendarSubscription { PatientId = patientId };
            db.CalendarSubscriptions.Add(subscription);
        }
        if (subscription.Token.Length == 0 || rotate)
        {
            subscription.Token = NewToken();
            subscription.IssuedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return new Proto.CalendarFeed
        {
            ContentType = ICalendarWriter.ContentType,
            Ics = await WriteAsync(patientId, cancellationToken),
            SubscriptionPath = SubscriptionPrefix + subscription.Token + ".ics",
        };
    }

    /// <summary>The feed behind a subscription token, or null when the token is not (or no longer) issued.</summary>
    public async Task<string?> ForTokenAsync(string token, CancellationToken cancellationToken)
    {
        var subscription = await db.CalendarSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Token == token, cancellationToken);
        return subscription is null ? null : await WriteAsync(subscription.PatientId, cancellationToken);
    }

    private async Task<string> WriteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - History;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.PatientId == patientId && s.WindowStart >= since && s.State != SessionState.Cancelled)
            .ToListAsync(cancellationToken);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == patientId && a.StartsAt >= since)
            .ToListAsync(cancellationToken);
        var entries = sessions.Select(ToEntry).Concat(appointments.Select(ToEntry));
        return ICalendarWriter.Write("Exercise programme", entries, Instant.FromDateTimeOffset(now));
    }

    private static CalendarEntry ToEntry(PlannedSession session) => new(
        $"session-{session.Id}@telehealth",
        Instant.FromDateTimeOffset(session.WindowStart),
        Instant.FromDateTimeOffset(session.WindowEnd),
        session.State switch
        {
            SessionState.Done => "Exercise session (done)",
            SessionState.Missed => "Exercise session (missed)",
            _ => "Exercise session",
        },
        string.Join(", ", session.Exercises.Select(e => e.ExerciseName)),
        CalendarEntryStatus.Confirmed,
        session.Revision);

    private static CalendarEntry ToEntry(Appointment appointment) => new(
        $"appointment-{appointment.Id}@telehealth",
        Instant.FromDateTimeOffset(appointment.StartsAt),
        Instant.FromDateTimeOffset(appointment.EndsAt),
        "Telehealth review",
        "",
        appointment.Status == AppointmentStatus.Booked ? CalendarEntryStatus.Confirmed : CalendarEntryStatus.Cancelled,
        appointment.Sequence);

    /// <summary>256 random bits, URL-safe.</summary>
    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
