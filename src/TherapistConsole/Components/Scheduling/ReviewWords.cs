using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Components.Scheduling;

/// <summary>Reviews and their times in words.</summary>
public static class ReviewWords
{
    private const string Moment = "d MMM yyyy HH:mm";

    /// <summary>"8 Dec 2026 10:00–10:30 UTC"; across days, "26 Dec 2026 09:30 – 2 Jan 2027 09:30 UTC".</summary>
    public static string When(Timestamp? starts, Timestamp? ends)
    {
        if (Moments.Of(starts)?.ToUniversalTime() is not { } start)
        {
            return "—";
        }
        var until = Moments.Of(ends)?.ToUniversalTime() switch
        {
            { } end when end.Date == start.Date => "–" + end.ToString("HH:mm", CultureInfo.InvariantCulture),
            { } end => " – " + end.ToString(Moment, CultureInfo.InvariantCulture),
            null => "",
        };
        return start.ToString(Moment, CultureInfo.InvariantCulture) + until + " UTC";
    }

    public static string Origin(AppointmentOrigin origin) => origin switch
    {
        AppointmentOrigin.BookedByPatient => "booked by the patient",
        AppointmentOrigin.ReviewRequest => "offered after the patient's report asked for a review",
        _ => "booked by you",
    };
}
