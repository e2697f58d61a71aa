using NodaTime;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Grpc;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Schedules;
using Proto = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Appointments;

internal static class AvailabilityMapping
{
    public static TherapistHours? ToPlanning(TherapistAvailability? stored)
    {
        if (stored is null || WallClock.FindZone(stored.TimeZone) is not { } zone)
        {
            return null;
        }
        return new TherapistHours(
            zone,
            stored.WeeklyHours.Select(PreferencesMapping.ToPlanning).OfType<DailyHours>().ToList(),
            stored.Exceptions.Select(e => new AvailabilityException(
                new Interval(Instant.FromDateTimeOffset(e.StartsAt), Instant.FromDateTimeOffset(e.EndsAt)), e.Available)).ToList());
    }

    public static Proto.Availability ToProto(TherapistAvailability? stored, Guid therapistId)
    {
        var proto = new Proto.Availability { TherapistId = therapistId.ToString() };
        if (stored is null)
        {
            return proto;
        }
        proto.TimeZone = stored.TimeZone;
        proto.UpdatedAt = stored.UpdatedAt.ToTimestamp();
        proto.WeeklyHours.AddRange(stored.WeeklyHours.Select(ScheduleMapping.ToProto));
        proto.Exceptions.AddRange(stored.Exceptions.Select(e => new Proto.AvailabilityException
        {
            StartsAt = e.StartsAt.ToTimestamp(),
            EndsAt = e.EndsAt.ToTimestamp(),
            Available = e.Available,
            Reason = e.Reason,
        }));
        return proto;
    }
}
