using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Grpc;
using Telehealth.Scheduling.Planning;
using Proto = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Schedules;

internal static class ScheduleMapping
{
    public static Proto.PlannedSession ToProto(PlannedSession session)
    {
        var proto = new Proto.PlannedSession
        {
            SessionId = session.Id.ToString(),
            ProgrammeId = session.ProgrammeId.ToString(),
            ProgrammeVersion = session.ProgrammeVersion,
            WindowStart = session.WindowStart.ToTimestamp(),
            WindowEnd = session.WindowEnd.ToTimestamp(),
            LocalDate = session.LocalDate,
            LocalStartTime = session.LocalStartTime,
            Status = session.State switch
            {
                SessionState.Planned => Proto.SessionStatus.Planned,
                SessionState.Done => Proto.SessionStatus.Done,
                SessionState.Missed => Proto.SessionStatus.Missed,
                _ => Proto.SessionStatus.Cancelled,
            },
            ReportId = session.ReportId?.ToString() ?? "",
        };
        proto.Exercises.AddRange(session.Exercises.Select(e => new Proto.PlannedExercise { ItemId = e.ItemId.ToString(), ExerciseName = e.ExerciseName }));
        return proto;
    }

    public static Proto.Appointment ToProto(Appointment appointment) => new()
    {
        AppointmentId = appointment.Id.ToString(),
        PatientId = appointment.PatientId.ToString(),
        TherapistId = appointment.TherapistId.ToString(),
        StartsAt = appointment.StartsAt.ToTimestamp(),
        EndsAt = appointment.EndsAt.ToTimestamp(),
        Status = appointment.Status == AppointmentStatus.Booked ? Proto.AppointmentStatus.Booked : Proto.AppointmentStatus.Cancelled,
        Reason = appointment.Reason,
        Urgent = appointment.Urgent,
        Origin = appointment.Origin switch
        {
            AppointmentOrigin.BookedByTherapist => Proto.AppointmentOrigin.BookedByTherapist,
            AppointmentOrigin.BookedByPatient => Proto.AppointmentOrigin.BookedByPatient,
            _ => Proto.AppointmentOrigin.ReviewRequest,
        },
        Sequence = appointment.Sequence,
        CancelReason = appointment.CancelReason,
    };

    public static Proto.Preferences ToProto(PatientPreferences? stored, Guid patientId, string defaultZone)
    {
        if (stored is null)
        {
            return new Proto.Preferences { PatientId = patientId.ToString(), TimeZone = defaultZone, IsDefault = true };
        }
        var proto = new Proto.Preferences
        {
            PatientId = patientId.ToString(),
            TimeZone = stored.TimeZone,
            UpdatedAt = stored.UpdatedAt.ToTimestamp(),
        };
        proto.ExerciseTimes.AddRange(stored.ExerciseTimes.Select(t => new Proto.ExerciseTime { Day = (Proto.Weekday)t.Day, StartTime = t.Time }));
        proto.WorkHours.AddRange(stored.WorkHours.Select(ToProto));
        if (stored.QuietStart is not null && stored.QuietEnd is not null)
        {
            proto.QuietHours = new Proto.QuietHours { StartTime = stored.QuietStart, EndTime = stored.QuietEnd };
        }
        return proto;
    }

    public static Proto.DailyHours ToProto(StoredDailyHours hours) =>
        new() { Day = (Proto.Weekday)hours.Day, StartTime = hours.Start, EndTime = hours.End };

    public static StoredDailyHours ToStored(DailyHours hours) =>
        new((int)hours.Day, WallClock.Format(hours.Start), WallClock.Format(hours.End));
}
