using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Telehealth.Notification.Policies;

/// <summary>Local times of day between which nothing but urgent news may interrupt; may wrap midnight (22:00–07:00).</summary>
public readonly record struct QuietHours(LocalTime Start, LocalTime End)
{
    private static readonly LocalTimePattern Pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public bool WrapsMidnight => End < Start;

    public bool Contains(LocalTime time) => WrapsMidnight
        ? time >= Start || time < End
        : time >= Start && time < End;

    /// <summary>Reads "HH:mm"; false for anything else.</summary>
    public static bool TryParseTime(string? text, out LocalTime time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var result = Pattern.Parse(text.Trim());
        if (!result.Success)
        {
            return false;
        }
        time = result.Value;
        return true;
    }

    public static string Format(LocalTime time) => Pattern.Format(time);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Format(Start)}-{Format(End)}");
}
