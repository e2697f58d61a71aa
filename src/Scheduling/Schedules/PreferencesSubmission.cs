using NodaTime;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Grpc;
using Telehealth.Scheduling.Planning;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Schedules;

/// <summary>The patient sets their preferences; every future session and reminder is re-planned to fit.</summary>
public sealed class PreferencesSubmission(SchedulingDbContext db, PatientPlanning planning, TimeProvider clock)
{
    private const string Method = "SetPreferences";

    public async Task<Proto.Preferences> SetAsync(Proto.SetPreferencesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (patientId, zone, exerciseTimes, workHours, quiet) = Validate(request);
        Caseload.RequireSelf(caller, patientId, "set their own preferences");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.FindAnswerAsync(request.RequestId, Method, caller.Id, Proto.Preferences.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var stored = await db.Preferences.FindAsync([patientId], cancellationToken);
        var before = PreferencesAudit.Snapshot(stored);
        if (stored is null)
        {
            stored = new PatientPreferences { PatientId = patientId };
            db.Preferences.Add(stored);
        }
        if (before is null || stored.TimeZone != zone.Id)
        {
            db.Publish(new PatientTimeZoneChanged(patientId, zone.Id, now), now);
        }
        stored.TimeZone = zone.Id;
        stored.ExerciseTimes = exerciseTimes.Select(t => new StoredDayTime((int)t.Key, WallClock.Format(t.Value))).ToList();
        stored.WorkHours = workHours.Select(ScheduleMapping.ToStored).ToList();
        stored.QuietStart = quiet is null ? null : WallClock.Format(quiet.Start);
        stored.QuietEnd = quiet is null ? null : WallClock.Format(quiet.End);
        stored.UpdatedAt = now;
        stored.UpdatedBy = caller.ToString();
        PreferencesAudit.Record(db, stored, before, caller.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);

        await planning.ReplanAsync(patientId, now, cancellationToken);
        var response = ScheduleMapping.ToProto(stored, patientId, zone.Id);
        db.RememberAnswer(request.RequestId, Method, caller.Id, response, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    private static (Guid PatientId, DateTimeZone Zone, Dictionary<IsoDayOfWeek, LocalTime> ExerciseTimes, List<DailyHours> WorkHours, QuietHours? Quiet) Validate(Proto.SetPreferencesRequest request)
    {
        var errors = new FieldErrors();
        errors.Required("request_id", request.RequestId).MaxLength("request_id", request.RequestId, RequestLimits.RequestId);
        var patientId = errors.Uuid("patient_id", request.PatientId);
        var zone = errors.TimeZone("time_zone", request.TimeZone);

        var exerciseTimes = new Dictionary<IsoDayOfWeek, LocalTime>();
        var exerciseTimeEntries = errors.AtMost("exercise_times", request.ExerciseTimes, RequestLimits.ExerciseTimes);
        for (var i = 0; i < exerciseTimeEntries.Count; i++)
        {
            var day = errors.Day($"exercise_times[{i}].day", exerciseTimeEntries[i].Day);
            var time = errors.Time($"exercise_times[{i}].start_time", exerciseTimeEntries[i].StartTime);
            if (day is { } d && time is { } t && !exerciseTimes.TryAdd(d, t))
            {
                errors.Add($"exercise_times[{i}].day", "is named twice");
            }
        }

        QuietHours? quiet = null;
        if (request.QuietHours is { } quietHours)
        {
            var start = errors.Time("quiet_hours.start_time", quietHours.StartTime);
            var end = errors.Time("quiet_hours.end_time", quietHours.EndTime);
            if (start is { } s && end is { } e)
            {
                if (s == e)
                {
                    errors.Add("quiet_hours.end_time", "must differ from start_time");
                }
                else
                {
                    quiet = new QuietHours(s, e);
                }
            }
        }

        var workHours = errors.AtMost("work_hours", request.WorkHours, RequestLimits.WorkHours).Select((hours, i) => errors.Hours($"work_hours[{i}]", hours)).ToList();
        errors.NoOverlaps("work_hours", workHours);
        for (var i = 0; i < workHours.Count; i++)
        {
            if (quiet is not null && workHours[i] is { } hours && quiet.Overlaps(hours.Start, hours.End))
            {
                errors.Add($"work_hours[{i}]", "overlaps the quiet hours");
            }
        }
        errors.ThrowIfAny();
        return (patientId, zone!, exerciseTimes, workHours.OfType<DailyHours>().ToList(), quiet);
    }
}
