using System.Text;
using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class ICalendarWriterTests
{
    private static readonly Instant Stamp = Zones.Utc("2026-06-01T06:00:00Z");

    private static CalendarEntry Session(string uid = "session-1@telehealth", string description = "Bird-dog, Side plank") => new(
        uid, Zones.Utc("2026-06-01T17:00:00Z"), Zones.Utc("2026-06-01T21:00:00Z"), "Exercise session", description, CalendarEntryStatus.Confirmed, 2);

    [Fact]
    public void Every_line_ends_in_CRLF_and_the_object_has_the_required_properties()
    {
        var ics = ICalendarWriter.Write("Exercise programme", [Session()], Stamp);

        Assert.EndsWith("\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        var lines = ics.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Contains("UID:session-1@telehealth", lines);
        Assert.Contains("DTSTAMP:20260601T060000Z", lines);
        Assert.Contains("DTSTART:20260601T170000Z", lines);
        Assert.Contains("DTEND:20260601T210000Z", lines);
        Assert.Contains("STATUS:CONFIRMED", lines);
        Assert.Contains("SEQUENCE:2", lines);
    }

    [Theory]
    [InlineData("Bird-dog, Side plank", "Bird-dog\\, Side plank")]
    [InlineData("Hold; then release", "Hold\\; then release")]
    [InlineData("C:\\path", "C:\\\\path")]
    [InlineData("Line one\nLine two", "Line one\\nLine two")]
    [InlineData("Line one\r\nLine two", "Line one\\nLine two")]
    public void Text_values_escape_commas_semicolons_backslashes_and_line_breaks(string text, string escaped)
    {
        Assert.Equal(escaped, ICalendarWriter.EscapeText(text));
        Assert.Contains("DESCRIPTION:" + escaped + "\r\n", ICalendarWriter.Write("c", [Session(description: text)], Stamp));
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var description = string.Join(", ", Enumerable.Repeat("Knee-to-chest stretch – hold 30 s ✓", 8));

        var ics = ICalendarWriter.Write("c", [Session(description: description)], Stamp);

        var physical = ics.Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(physical, line => line.StartsWith(' '));
        // Unfolding (CRLF followed by a space) gives back the whole content line.
        var unfolded = ics.Replace("\r\n ", "");
        Assert.Contains("DESCRIPTION:" + ICalendarWriter.EscapeText(description) + "\r\n", unfolded);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)));
    }

    [Fact]
    public void The_same_schedule_writes_the_same_text_and_uids_stay_with_their_entries()
    {
        var appointment = new CalendarEntry("appointment-7@telehealth", Zones.Utc("2026-06-02T09:00:00Z"), Zones.Utc("2026-06-02T09:30:00Z"), "Telehealth review", "", CalendarEntryStatus.Cancelled, 1);

        var first = ICalendarWriter.Write("c", [appointment, Session()], Stamp);
        var second = ICalendarWriter.Write("c", [Session(), appointment], Stamp);

        Assert.Equal(first, second);
        Assert.True(first.IndexOf("UID:session-1@telehealth", StringComparison.Ordinal) < first.IndexOf("UID:appointment-7@telehealth", StringComparison.Ordinal));
        Assert.Contains("STATUS:CANCELLED", first);
        Assert.Equal(2, first.Split("BEGIN:VEVENT").Length - 1);
    }
}
