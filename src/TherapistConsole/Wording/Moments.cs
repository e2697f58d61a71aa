using Google.Protobuf.WellKnownTypes;

namespace Telehealth.TherapistConsole.Wording;

/// <summary>Times as the console shows them: how long ago, and the moment itself in UTC.</summary>
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

    public static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset? Of(Timestamp? timestamp) => timestamp is null ? null : timestamp.ToDateTimeOffset();
}
