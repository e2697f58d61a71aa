using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class ReminderPlannerTests
{
    private static readonly Guid Patient = Guid.NewGuid();
    private static readonly Instant MondayMorning = Zones.Utc("2026-06-01T06:00:00Z");
    private static readonly Duration[] AppointmentLeads = [Duration.FromHours(24), Duration.FromMinutes(15)];

    private static IReadOnlyList<TimerPlan> Plan(SchedulePreferences preferences, IEnumerable<ExistingSession>? sessions = null, IEnumerable<AppointmentToRemind>? appointments = null, Instant? now = null) =>
        ReminderPlanner.Plan(Patient, sessions ?? [], appointments ?? [], null, preferences, Plans.Settings with { HorizonDays = 1 }, AppointmentLeads, now ?? MondayMorning);

    private static ExistingSession Session(string start, SessionState state = SessionState.Planned) =>
        new(Guid.NewGuid(), state, Zones.Utc(start), Zones.Utc(start) + Plans.Settings.SessionWindow, 1, []);

    [Fact]
    public void A_session_gets_a_reminder_before_it_and_a_timer_for_its_window_closing()
    {
        var session = Session("2026-06-01T17:00:00Z");

        var timers = Plan(Plans.EveryDayAt("Europe/London", "18:00"), [session]);

        Assert.Contains(new TimerPlan(TimerKind.SessionReminder, session.SessionId, Zones.Utc("2026-06-01T16:30:00Z"), Duration.FromMinutes(30)), timers);
        Assert.Contains(new TimerPlan(TimerKind.SessionWindowClose, session.SessionId, Zones.Utc("2026-06-01T21:00:00Z")), timers);
        // Planning ahead just after the patient's midnight (00:05 BST).
        Assert.Contains(new TimerPlan(TimerKind.PlanAhead, Patient, Zones.Utc("2026-06-01T23:05:00Z")), timers);
    }

    [Fact]
    public void Done_sessions_and_times_already_past_get_no_timers()
    {
        var done = Session("2026-06-01T17:00:00Z", SessionState.Done);
        var underWay = Session("2026-06-01T05:45:00Z");

        var timers = Plan(Plans.EveryDayAt("Europe/London", "18:00"), [done, underWay]);

        Assert.DoesNotContain(timers, t => t.SubjectId == done.SessionId);
        Assert.Equal([TimerKind.SessionWindowClose], timers.Where(t => t.SubjectId == underWay.SessionId).Select(t => t.Kind));
        Assert.All(timers, t => Assert.True(t.DueAt > MondayMorning));
    }

    [Fact]
    public void A_session_reminder_in_quiet_hours_waits_for_them_to_end_or_is_dropped()
    {
        var earlyQuiet = new QuietHours(Zones.Time("22:00"), Zones.Time("07:00"));
        var dawn = Session("2026-06-02T05:00:00Z"); // 06:00 London, reminder due 05:30 London
        var late = new QuietHours(Zones.Time("17:00"), Zones.Time("08:00"));
        var evening = Session("2026-06-01T17:00:00Z"); // 18:00 London, the window closes at 22:00, quiet until 08:00

        var deferred = Plan(Plans.EveryDayAt("Europe/London", "06:00", earlyQuiet), [dawn]);
        var dropped = Plan(Plans.EveryDayAt("Europe/London", "18:00", late), [evening]);

        Assert.Contains(deferred, t => t.Kind == TimerKind.SessionReminder && t.DueAt == Zones.Utc("2026-06-02T06:00:00Z"));
        Assert.DoesNotContain(dropped, t => t.Kind == TimerKind.SessionReminder);
        Assert.Contains(dropped, t => t.Kind == TimerKind.SessionWindowClose);
    }

    [Fact]
    public void Appointments_are_reminded_a_day_and_a_quarter_hour_before_and_urgent_ones_break_through_quiet_hours()
    {
        var quiet = new QuietHours(Zones.Time("22:00"), Zones.Time("07:00"));
        var early = new AppointmentToRemind(Guid.NewGuid(), Zones.Utc("2026-06-03T06:10:00Z"), Urgent: false); // 07:10 London
        var urgent = new AppointmentToRemind(Guid.NewGuid(), Zones.Utc("2026-06-04T06:10:00Z"), Urgent: true);

        var timers = Plan(Plans.EveryDayAt("Europe/London", "18:00", quiet), appointments: [early, urgent]);

        Assert.Equal(
            [Zones.Utc("2026-06-02T06:10:00Z"), Zones.Utc("2026-06-03T06:00:00Z")],
            timers.Where(t => t.SubjectId == early.AppointmentId).Select(t => t.DueAt).Order());
        Assert.Equal(
            [Zones.Utc("2026-06-03T06:10:00Z"), Zones.Utc("2026-06-04T05:55:00Z")],
            timers.Where(t => t.SubjectId == urgent.AppointmentId).Select(t => t.DueAt).Order());
        Assert.All(timers.Where(t => t.Kind == TimerKind.AppointmentReminder), t => Assert.NotNull(t.Lead));
    }

    [Fact]
    public void The_reminder_a_day_ahead_is_left_out_when_booked_later_than_that()
    {
        var soon = new AppointmentToRemind(Guid.NewGuid(), MondayMorning + Duration.FromHours(3), Urgent: false);

        var timers = Plan(Plans.EveryDayAt("UTC", "18:00"), appointments: [soon]);

        Assert.Equal([Duration.FromMinutes(15)], timers.Where(t => t.SubjectId == soon.AppointmentId).Select(t => t.Lead!.Value));
    }

    [Fact]
    public void Movement_breaks_are_timers_about_the_patient()
    {
        var timers = ReminderPlanner.Plan(Patient, [], [], new MovementBreakPrescription(60, new HashSet<IsoDayOfWeek>()),
            Plans.WorkingWeek("Europe/London", "09:00", "12:00"), Plans.Settings with { HorizonDays = 1 }, AppointmentLeads, MondayMorning);

        Assert.Equal(
            [Zones.Utc("2026-06-01T09:00:00Z"), Zones.Utc("2026-06-01T10:00:00Z")],
            timers.Where(t => t.Kind == TimerKind.MovementBreak).Select(t => t.DueAt));
        Assert.All(timers, t => Assert.Equal(Patient, t.SubjectId));
    }

    [Fact]
    public void Movement_breaks_are_planned_for_today_and_tomorrow_however_far_sessions_are()
    {
        var timers = ReminderPlanner.Plan(Patient, [], [], new MovementBreakPrescription(60, new HashSet<IsoDayOfWeek>()),
            Plans.WorkingWeek("Europe/London", "09:00", "12:00"), Plans.Settings, AppointmentLeads, MondayMorning);

        Assert.Equal(
            [Zones.Utc("2026-06-01T09:00:00Z"), Zones.Utc("2026-06-01T10:00:00Z"), Zones.Utc("2026-06-02T09:00:00Z"), Zones.Utc("2026-06-02T10:00:00Z")],
            timers.Where(t => t.Kind == TimerKind.MovementBreak).Select(t => t.DueAt));
    }
}
