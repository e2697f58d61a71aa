using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.Time;
using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Components.Scheduling;

/// <summary>Reviews and their times in words.</summary>
public static class ReviewWords
{
    private const string Moment = "d MMM yyyy HH:mm";

    /// <summary>
    /// In the therapist's time zone, named after it, since a review is agreed with someone who may live
    /// in another: "8 Dec 2026 10:00–10:30 Europe/London"; across days, "26 Dec 2026 09:30 – 2 Jan 2027 09:30 UTC".
    /// </summary>
    public static string When(Timestamp? starts, Timestamp? ends, TherapistTimeZone zone)
    {
        if (Moments.Of(starts) is not { } utcStart)
        {
            return "—";
        }
        var start = zone.Local(utcStart);
        var until = Moments.Of(ends) is { } utcEnd ? zone.Local(utcEnd) : (DateTimeOffset?)null;
        var end = until switch
        {
            { } local when local.Date == start.Date => "–" + local.ToString("HH:mm", CultureInfo.InvariantCulture),
            { } local => " – " + local.ToString(Moment, CultureInfo.InvariantCulture),
            null => "",
        };
        return $"{start.ToString(Moment, CultureInfo.InvariantCulture)}{end} {zone.Name}";
    }

    public static string Origin(AppointmentOrigin origin) => origin switch
    {
        AppointmentOrigin.BookedByPatient => "booked by the patient",
        AppointmentOrigin.ReviewRequest => "offered after the patient's report asked for a review",
        _ => "booked by you",
    };
}
