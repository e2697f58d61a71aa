using NodaTime;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Schedules;

internal static class SessionMapping
{
    public static ExistingSession ToPlanning(PlannedSession session) => new(
        session.Id,
        session.State,
        Instant.FromDateTimeOffset(session.WindowStart),
        Instant.FromDateTimeOffset(session.WindowEnd),
        session.ProgrammeVersion,
        session.Exercises);

    public static PlannedSession ToStored(SessionPlan plan, Guid patientId, DateTimeZone zone, DateTimeOffset now)
    {
        var session = new PlannedSession { Id = plan.SessionId, PatientId = patientId, ProgrammeId = plan.ProgrammeId, PlannedAt = now }.Apply(plan, zone, now);
        session.Revision = 0;
        return session;
    }

    /// <summary>Moves or changes a session to what the plan says; the revision goes up when anything a calendar shows changes.</summary>
    public static PlannedSession Apply(this PlannedSession session, SessionPlan plan, DateTimeZone zone, DateTimeOffset now)
    {
        var start = plan.WindowStart.ToDateTimeOffset();
        var end = plan.WindowEnd.ToDateTimeOffset();
        if (session.State != SessionState.Planned || session.WindowStart != start || session.WindowEnd != end)
        {
            session.Revision++;
        }
        session.State = SessionState.Planned;
        session.ProgrammeVersion = plan.ProgrammeVersion;
        session.LocalDate = WallClock.Format(plan.Date);
        session.LocalStartTime = WallClock.Format(plan.LocalStart);
        session.TimeZone = zone.Id;
        session.WindowStart = start;
        session.WindowEnd = end;
        session.Exercises = [.. plan.Exercises];
        session.UpdatedAt = now;
        return session;
    }
}
