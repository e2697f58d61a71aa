using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.TherapistConsole.Components.Scheduling;

/// <summary>The therapist's weekly availability as edited: a time zone and spans of hours, in the order they are sent.</summary>
public sealed class AvailabilityForm
{
    public string TimeZone { get; set; } = "";

    public List<HoursRow> Hours { get; } = [];

    /// <param name="browserZone">The zone to start from when none is saved yet: the one the therapist's browser is in.</param>
    public static AvailabilityForm From(Availability availability, string browserZone)
    {
        var form = new AvailabilityForm { TimeZone = availability.TimeZone.Length > 0 ? availability.TimeZone : browserZone };
        form.Hours.AddRange(availability.WeeklyHours
            .OrderBy(hours => hours.Day).ThenBy(hours => hours.StartTime, StringComparer.Ordinal)
            .Select(hours => new HoursRow { Day = hours.Day, Start = HoursRow.Parse(hours.StartTime), End = HoursRow.Parse(hours.EndTime) }));
        return form;
    }
}
