using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class ConflictDetectorTests
{
    // Monday 1 June 2026; London is UTC+1, so the therapist's hours are 08:00–16:00 UTC.
    private static readonly Interval TherapistBusy = Availability.Between("2026-06-01T09:00:00Z", "2026-06-01T09:30:00Z");
    private static readonly Interval PatientBusy = Availability.Between("2026-06-01T13:00:00Z", "2026-06-01T13:45:00Z");

    public static TheoryData<string, string, ConflictKind[]> Cases => new()
    {
        { "2026-06-01T10:00:00Z", "2026-06-01T10:30:00Z", [] },
        // Back to back with either person's appointment is fine.
        { "2026-06-01T09:30:00Z", "2026-06-01T10:00:00Z", [] },
        { "2026-06-01T12:30:00Z", "2026-06-01T13:00:00Z", [] },
        // Overlaps.
        { "2026-06-01T09:15:00Z", "2026-06-01T09:45:00Z", [ConflictKind.TherapistBooked] },
        { "2026-06-01T08:45:00Z", "2026-06-01T10:00:00Z", [ConflictKind.TherapistBooked] },
        { "2026-06-01T13:30:00Z", "2026-06-01T14:00:00Z", [ConflictKind.PatientBooked] },
        // Outside the therapist's hours: before 09:00 local, past 17:00 local, at the weekend.
        { "2026-06-01T07:30:00Z", "2026-06-01T08:00:00Z", [ConflictKind.OutsideTherapistHours] },
        { "2026-06-01T15:45:00Z", "2026-06-01T16:15:00Z", [ConflictKind.OutsideTherapistHours] },
        { "2026-06-06T10:00:00Z", "2026-06-06T10:30:00Z", [ConflictKind.OutsideTherapistHours] },
        // Everything at once.
        { "2026-06-01T07:45:00Z", "2026-06-01T14:00:00Z", [ConflictKind.OutsideTherapistHours, ConflictKind.TherapistBooked, ConflictKind.PatientBooked] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_proposed_time_is_checked_against_both_people(string start, string end, ConflictKind[] expected)
    {
        var context = new BookingContext(Availability.Weekdays(), [TherapistBusy], [PatientBusy], SchedulePreferences.Default(Zones.Of("Europe/London")));

        var conflicts = ConflictDetector.Check(Availability.Between(start, end), context);

        Assert.Equal(expected, conflicts.Select(c => c.Kind));
    }

    [Fact]
    public void Time_away_closes_hours_and_extra_hours_open_them()
    {
        var leave = new AvailabilityException(Availability.Between("2026-06-02T00:00:00Z", "2026-06-03T00:00:00Z"), Available: false);
        var saturdayClinic = new AvailabilityException(Availability.Between("2026-06-06T09:00:00Z", "2026-06-06T12:00:00Z"), Available: true);
        var context = new BookingContext(Availability.Weekdays(leave, saturdayClinic), [], [], SchedulePreferences.Default(Zones.Of("UTC")));

        Assert.Equal([ConflictKind.OutsideTherapistHours], ConflictDetector.Check(Availability.Between("2026-06-02T10:00:00Z", "2026-06-02T10:30:00Z"), context).Select(c => c.Kind));
        Assert.Empty(ConflictDetector.Check(Availability.Between("2026-06-06T10:00:00Z", "2026-06-06T10:30:00Z"), context));
    }

    [Fact]
    public void The_patients_quiet_hours_are_a_conflict()
    {
        var lateEvening = new QuietHours(Zones.Time("21:00"), Zones.Time("07:00"));
        var preferences = SchedulePreferences.Default(Zones.Of("America/New_York")) with { Quiet = lateEvening };
        var context = new BookingContext(Availability.Weekdays(), [], [], preferences);

        // 08:30 in London is 03:30 in New York.
        var conflicts = ConflictDetector.Check(Availability.Between("2026-06-01T07:30:00Z", "2026-06-01T08:00:00Z"), context);
        Assert.Contains(conflicts, c => c.Kind == ConflictKind.PatientQuietHours);
        // 16:00 in London is 11:00 in New York.
        Assert.Empty(ConflictDetector.Check(Availability.Between("2026-06-01T15:00:00Z", "2026-06-01T15:30:00Z"), context));
    }

    [Fact]
    public void Without_published_hours_only_overlaps_count()
    {
        var context = new BookingContext(null, [TherapistBusy], [], SchedulePreferences.Default(Zones.Of("UTC")));

        Assert.Empty(ConflictDetector.Check(Availability.Between("2026-06-06T22:00:00Z", "2026-06-06T22:30:00Z"), context));
        Assert.Equal([ConflictKind.TherapistBooked], ConflictDetector.Check(TherapistBusy, context).Select(c => c.Kind));
    }
}
