using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Telehealth.Scheduling.Planning;

/// <summary>
/// Writes an iCalendar object (RFC 5545) a phone calendar can import or subscribe to. Times are
/// written in UTC ("Z" form), which every client reads and which needs no VTIMEZONE component;
/// the phone shows them in its own zone.
/// </summary>
public static class ICalendarWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const int MaxLineOctets = 75;
    private static readonly InstantPattern UtcDateTime = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    public static string Write(string calendarName, IEnumerable<CalendarEntry> entries, Instant stamp)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Telehealth//Scheduling//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + EscapeText(calendarName));
        foreach (var entry in entries.OrderBy(e => e.Start))
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + entry.Uid);
            Line(ics, "DTSTAMP:" + UtcDateTime.Format(stamp));
            Line(ics, "DTSTART:" + UtcDateTime.Format(entry.Start));
            Line(ics, "DTEND:" + UtcDateTime.Format(entry.End));
            Line(ics, "SUMMARY:" + EscapeText(entry.Summary));
            if (entry.Description.Length > 0)
            {
                Line(ics, "DESCRIPTION:" + EscapeText(entry.Description));
            }
            Line(ics, "STATUS:" + entry.Status.ToString().ToUpperInvariant());
            Line(ics, "SEQUENCE:" + entry.Sequence);
            Line(ics, "END:VEVENT");
        }
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).</summary>
    public static string EscapeText(string text) => text
        .Replace("\\", "\\\\")
        .Replace(";", "\\;")
        .Replace(",", "\\,")
        .Replace("\r\n", "\\n")
        .Replace("\n", "\\n")
        .Replace("\r", "");

    /// <summary>
    /// A content line ends in CRLF; one longer than 75 octets is folded onto lines that start with a
    /// space (§3.1), never inside a UTF-8 character.
    /// </summary>
    private static void Line(StringBuilder ics, string content)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        foreach (var rune in content.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                // The leading space counts towards the continuation line's 75 octets.
                limit = MaxLineOctets - 1;
            }
            ics.Append(rune.ToString());
            octets += size;
        }
        ics.Append("\r\n");
    }
}
