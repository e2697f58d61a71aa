using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Telehealth.TherapistConsole.Wording;

/// <summary>Times as the console shows them: how long ago, and the moment itself in the therapist's time zone.</summary>
public static class Moments
{
    public static string Ago(DateTimeOffset at, DateTimeOffset now)
    {
        var elapsed = now - at;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalMinutes: < 60 } => $"{(int)elapsed.TotalMinutes} min ago",
            { TotalHours: < 24 } => $"{(int)elapsed.TotalHours} h ago",
            { TotalDays: < 2 } => "yesterday",
            _ => $"{(int)elapsed.TotalDays} days ago",
        };
    }

    /// <summary>"6 Dec 2026 09:30", the wall-clock time in <paramref name="zone"/>.</summary>
    public static string At(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Of(Timestamp? timestamp) => timestamp is null ? null : timestamp.ToDateTimeOffset();
}
