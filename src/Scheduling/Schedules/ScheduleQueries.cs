using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Grpc.Core;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Grpc;
using Telehealth.Scheduling.Planning;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Schedules;

/// <summary>What the patient's app and the therapist read: preferences, the day, the week, the plan.</summary>
public sealed class ScheduleQueries(SchedulingDbContext db, PatientPlanning planning, IOptions<SchedulingOptions> options, TimeProvider clock)
{
    private const int LongestPlanDays = 120;

    public async Task<Proto.Preferences> PreferencesAsync(Guid patientId, Caller caller, CancellationToken cancellationToken)
    {
        await Caseload.RequireReadAccessAsync(db, caller, patientId, cancellationToken);
        var stored = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.PatientId == patientId, cancellationToken);
        return ScheduleMapping.ToProto(stored, patientId, options.Value.DefaultZone.Id);
    }

    public async Task<Proto.Schedule> TodayAsync(Guid patientId, Caller caller, CancellationToken cancellationToken)
    {
        await Caseload.RequireReadAccessAsync(db, caller, patientId, cancellationToken);
        var zone = (await planning.LoadPreferencesAsync(patientId, cancellationToken)).Zone;
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date;
        return await DaysAsync(patientId, zone, today, today, includeCancelled: false, cancellationToken);
    }

    /// <summary>The week (Monday to Sunday) holding <paramref name="weekOf"/>, or this week.</summary>
    public async Task<Proto.Schedule> WeekAsync(Guid patientId, LocalDate? weekOf, Caller caller, CancellationToken cancellationToken)
    {
        await Caseload.RequireReadAccessAsync(db, caller, patientId, cancellationToken);
        var zone = (await planning.LoadPreferencesAsync(patientId, cancellationToken)).Zone;
        var day = weekOf ?? Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date;
        var monday = day.PlusDays(IsoDayOfWeek.Monday - day.DayOfWeek);
        return await DaysAsync(patientId, zone, monday, monday.PlusDays(6), includeCancelled: false, cancellationToken);
    }

    public async Task<Proto.Schedule> PlanAsync(Guid patientId, Instant? from, Instant? to, bool includeCancelled, Caller caller, CancellationToken cancellationToken)
    {
        await Caseload.RequireReadAccessAsync(db, caller, patientId, cancellationToken);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var start = from ?? now - Duration.FromDays(7);
        var end = to ?? now + Duration.FromDays(options.Value.PlanningHorizonDays + 1);
        if (end <= start)
        {
            throw RichStatus.InvalidArgument("to", "must be after from");
        }
        if (end - start > Duration.FromDays(LongestPlanDays))
        {
            throw RichStatus.InvalidArgument("to", $"must be at most {LongestPlanDays} days after from");
        }
        var zone = (await planning.LoadPreferencesAsync(patientId, cancellationToken)).Zone;
        var schedule = await ScheduleAsync(patientId, zone, start, end, includeCancelled, cancellationToken);
        schedule.FromDate = WallClock.Format(start.InZone(zone).Date);
        schedule.ToDate = WallClock.Format(end.InZone(zone).Date);
        return schedule;
    }

    private async Task<Proto.Schedule> DaysAsync(Guid patientId, DateTimeZone zone, LocalDate first, LocalDate last, bool includeCancelled, CancellationToken cancellationToken)
    {
        var schedule = await ScheduleAsync(patientId, zone, WallClock.StartOfDay(first, zone), WallClock.StartOfDay(last.PlusDays(1), zone), includeCancelled, cancellationToken);
        schedule.FromDate = WallClock.Format(first);
        schedule.ToDate = WallClock.Format(last);
        return schedule;
    }

    private async Task<Proto.Schedule> ScheduleAsync(Guid patientId, DateTimeZone zone, Instant from, Instant to, bool includeCancelled, CancellationToken cancellationToken)
    {
        var (start, end) = (from.ToDateTimeOffset(), to.ToDateTimeOffset());
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.PatientId == patientId && s.WindowStart >= start && s.WindowStart < end && (includeCancelled || s.State != SessionState.Cancelled))
            .OrderBy(s => s.WindowStart)
            .ToListAsync(cancellationToken);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == patientId && a.StartsAt >= start && a.StartsAt < end && (includeCancelled || a.Status == AppointmentStatus.Booked))
            .OrderBy(a => a.StartsAt)
            .ToListAsync(cancellationToken);
        var schedule = new Proto.Schedule { PatientId = patientId.ToString(), TimeZone = zone.Id };
        schedule.Sessions.AddRange(sessions.Select(ScheduleMapping.ToProto));
        schedule.Appointments.AddRange(appointments.Select(ScheduleMapping.ToProto));
        return schedule;
    }
}
