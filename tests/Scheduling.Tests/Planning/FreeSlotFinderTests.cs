using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class FreeSlotFinderTests
{
    private static FreeSlotQuery Query(string notBefore, IReadOnlyList<Interval>? busy = null, SchedulePreferences? patient = null, TherapistHours? hours = null, int minutes = 30, int max = 3, string notAfter = "2026-06-30T00:00:00Z") => new(
        hours ?? Availability.Weekdays(),
        busy ?? [],
        patient ?? SchedulePreferences.Default(Zones.Of("Europe/London")),
        Duration.FromMinutes(minutes),
        Zones.Utc(notBefore),
        Zones.Utc(notAfter),
        Duration.FromMinutes(15),
        max);

    private static string[] Starts(IReadOnlyList<Interval> slots) => slots.Select(s => s.Start.ToString()).ToArray();

    [Fact]
    public void The_earliest_slots_start_when_the_therapist_starts()
    {
        // Sunday evening: the first slot is Monday 09:00 London (08:00 UTC).
        var slots = FreeSlotFinder.Find(Query("2026-05-31T20:00:00Z"));

        Assert.Equal(["2026-06-01T08:00:00Z", "2026-06-01T08:30:00Z", "2026-06-01T09:00:00Z"], Starts(slots));
        Assert.All(slots, s => Assert.Equal(Duration.FromMinutes(30), s.Duration));
    }

    [Fact]
    public void Slots_start_on_a_quarter_hour_and_go_around_both_peoples_appointments()
    {
        var therapistBusy = Availability.Between("2026-06-01T08:40:00Z", "2026-06-01T09:10:00Z");
        var patientBusy = Availability.Between("2026-06-01T09:30:00Z", "2026-06-01T10:00:00Z");

        var slots = FreeSlotFinder.Find(Query("2026-06-01T08:07:00Z", [therapistBusy, patientBusy], max: 2));

        // 08:15 is too short before 08:40; 09:15 is too short before 09:30; then 10:00.
        Assert.Equal(["2026-06-01T10:00:00Z", "2026-06-01T10:30:00Z"], Starts(slots));
    }

    [Fact]
    public void The_patients_quiet_hours_are_skipped()
    {
        // A patient in Sydney (UTC+10 in June) is quiet 20:00–08:00, i.e. 10:00–22:00 UTC.
        var patient = SchedulePreferences.Default(Zones.Of("Australia/Sydney")) with { Quiet = new QuietHours(Zones.Time("20:00"), Zones.Time("08:00")) };

        var slots = FreeSlotFinder.Find(Query("2026-06-01T09:15:00Z", patient: patient, max: 2));

        // Monday 09:15–10:00 UTC fits one slot; the next is Tuesday 08:00 UTC (18:00 Sydney).
        Assert.Equal(["2026-06-01T09:15:00Z", "2026-06-02T08:00:00Z"], Starts(slots));
    }

    [Fact]
    public void Slots_follow_the_therapists_local_hours_across_a_clock_change()
    {
        // Friday 27 March after hours (17:00 GMT); London moves to BST on Sunday, so Monday's 09:00 is 08:00 UTC.
        var slots = FreeSlotFinder.Find(Query("2026-03-27T17:00:00Z", max: 1));

        Assert.Equal(["2026-03-30T08:00:00Z"], Starts(slots));
    }

    [Fact]
    public void Nothing_is_free_while_the_therapist_is_away()
    {
        var away = new AvailabilityException(Availability.Between("2026-06-01T00:00:00Z", "2026-06-30T00:00:00Z"), Available: false);

        Assert.Empty(FreeSlotFinder.Find(Query("2026-06-01T00:00:00Z", hours: Availability.Weekdays(away))));
    }
}
