using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>A therapist's hours wide enough that free slots are always near: every day, 07:00–21:00 UTC.</summary>
internal static class StandardAvailability
{
    public static SetAvailabilityRequest For(Guid therapistId)
    {
        var request = new SetAvailabilityRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            TherapistId = therapistId.ToString(),
            TimeZone = "UTC",
        };
        foreach (var day in Enum.GetValues<Weekday>().Where(day => day != Weekday.Unspecified))
        {
            request.WeeklyHours.Add(new DailyHours { Day = day, StartTime = "07:00", EndTime = "21:00" });
        }
        return request;
    }
}
