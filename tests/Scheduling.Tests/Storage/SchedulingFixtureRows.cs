using Telehealth.Testing.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Timers;
using ProgrammeStatus = Telehealth.Scheduling.Data.ProgrammeStatus;

namespace Telehealth.Scheduling.Tests.Storage;

/// <summary>
/// One row of every kind the scheduling database holds. Storage/Fixtures/scheduling-ef6.db holds
/// these rows as EF Core 6 wrote them; the same methods read them back, so a storage upgrade is
/// checked against what the old code stored.
/// </summary>
internal static class SchedulingFixtureRows
{
    private static readonly Guid PatientId = Guid.Parse("11a2b3c4-d5e6-47f8-9a0b-1c2d3e4f5a6b");
    private static readonly Guid TherapistId = Guid.Parse("22b3c4d5-e6f7-4809-ab1c-2d3e4f5a6b7c");
    private static readonly Guid ProgrammeId = Guid.Parse("33c4d5e6-f708-491a-bc2d-3e4f5a6b7c8d");
    private static readonly Guid SessionId = Guid.Parse("44d5e6f7-0819-4a2b-8d3e-4f5a6b7c8d9e");
    private static readonly Guid MissedSessionId = Guid.Parse("55e6f708-192a-4b3c-9e4f-5a6b7c8d9eaf");
    private static readonly Guid AppointmentId = Guid.Parse("66f70819-2a3b-4c4d-af5a-6b7c8d9eafb0");
    private static readonly Guid CancelledAppointmentId = Guid.Parse("77081929-3b4c-4d5e-b06b-7c8d9eafb0c1");
    private static readonly Guid ItemId = Guid.Parse("8819293a-4c5d-4e6f-817c-8d9eafb0c1d2");
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(SchedulingDbContext db)
    {
        db.Preferences.AddRange(Preferences());
        db.Programmes.AddRange(Programmes());
        db.Sessions.AddRange(Sessions());
        db.Availability.AddRange(Availability());
        db.Appointments.AddRange(Appointments());
        db.ReviewRequests.AddRange(ReviewRequests());
        db.CalendarSubscriptions.AddRange(CalendarSubscriptions());
        db.Timers.AddRange(Timers());
        ServiceRows().Write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Reads every row back and checks it holds what <see cref="WriteAsync"/> stored.</summary>
    public static async Task AssertStoredAsync(SchedulingDbContext db)
    {
        AssertRows(Preferences(), await db.Preferences.AsNoTracking().ToListAsync(), p => p.PatientId);
        AssertRows(Programmes(), await db.Programmes.AsNoTracking().ToListAsync(), p => p.ProgrammeId);
        AssertRows(Sessions(), await db.Sessions.AsNoTracking().ToListAsync(), s => s.Id);
        AssertRows(Availability(), await db.Availability.AsNoTracking().ToListAsync(), a => a.TherapistId);
        AssertRows(Appointments(), await db.Appointments.AsNoTracking().ToListAsync(), a => a.Id);
        AssertRows(ReviewRequests(), await db.ReviewRequests.AsNoTracking().ToListAsync(), r => r.RequestId);
        AssertRows(CalendarSubscriptions(), await db.CalendarSubscriptions.AsNoTracking().ToListAsync(), s => s.PatientId);
        // Timer ids are made when a timer is scheduled; what it is about and its kind say which is which.
        AssertRows(Timers(), await db.Timers.AsNoTracking().ToListAsync(), t => (t.SubjectId, t.Kind), compareIds: false);

        // The dispatcher's query for due timers still compares and orders the stored instants.
        var due = await db.Timers.AsNoTracking()
            .Where(t => t.State == TimerState.Pending && t.DueAt <= Start.AddDays(1))
            .OrderBy(t => t.DueAt)
            .Select(t => t.SubjectId)
            .ToListAsync();
        Assert.Equal(Timers().Where(t => t.State == TimerState.Pending && t.DueAt <= Start.AddDays(1)).OrderBy(t => t.DueAt).Select(t => t.SubjectId), due);

        await ServiceRows().AssertStoredAsync(db);
    }

    private static void AssertRows<T, TKey>(List<T> expected, List<T> actual, Func<T, TKey> key, bool compareIds = true)
        where T : class
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var row in expected)
        {
            RowAssert.Same(row, actual.Single(a => Equals(key(a), key(row))), compareIds ? [] : ["Id"]);
        }
    }

    private static List<PatientPreferences> Preferences() =>
    [
        new()
        {
            PatientId = PatientId, TimeZone = "Europe/London",
            ExerciseTimes = [new StoredDayTime(1, "07:30"), new StoredDayTime(4, "18:15:30")],
            WorkHours = [new StoredDailyHours(1, "09:00", "17:30"), new StoredDailyHours(2, "09:00", "17:30")],
            QuietStart = "22:00", QuietEnd = "07:00",
            UpdatedAt = Start, UpdatedBy = "patient:" + PatientId,
        },
    ];

    private static List<ProgrammeCopy> Programmes() =>
    [
        new()
        {
            ProgrammeId = ProgrammeId, PatientId = PatientId, TherapistId = TherapistId, Version = 3, Status = ProgrammeStatus.Active, ItemsVersion = 2,
            Items =
            [
                new ProgrammeItemSnapshot(
                    ItemId, Guid.Parse("99293a4b-5d6e-4f70-928d-9eafb0c1d2e3"), "Isolated lumbar extension", "LumbarStrengthening",
                    new DosageSnapshot(2, 8, 12, null, 22.5m, null, null, [DayOfWeek.Monday, DayOfWeek.Thursday], null, null, null),
                    2.5m, true, 27.5m, null, new DateTimeOffset(2026, 11, 6, 10, 30, 0, TimeSpan.FromHours(1))),
            ],
            UpdatedAt = Start.AddDays(4),
        },
    ];

    private static List<PlannedSession> Sessions() =>
    [
        new()
        {
            Id = SessionId, PatientId = PatientId, ProgrammeId = ProgrammeId, ProgrammeVersion = 2,
            LocalDate = "2026-11-05", LocalStartTime = "18:15:30", TimeZone = "Europe/London",
            WindowStart = Start.AddDays(3).AddHours(9.25), WindowEnd = Start.AddDays(3).AddHours(12.25),
            State = SessionState.Planned, Exercises = [new PlannedExercise(ItemId, "Isolated lumbar extension")],
            Revision = 2, PlannedAt = Start, UpdatedAt = Start.AddDays(1),
        },
        new()
        {
            Id = MissedSessionId, PatientId = PatientId, ProgrammeId = ProgrammeId, ProgrammeVersion = 1,
            LocalDate = "2026-11-02", LocalStartTime = "07:30", TimeZone = "Europe/London",
            WindowStart = Start.AddHours(-1.5), WindowEnd = Start.AddHours(1.5),
            State = SessionState.Missed, Exercises = [new PlannedExercise(ItemId, "Isolated lumbar extension")],
            ReportId = null, PlannedAt = Start.AddDays(-7), UpdatedAt = Start.AddHours(1.5),
        },
    ];

    private static List<TherapistAvailability> Availability() =>
    [
        new()
        {
            TherapistId = TherapistId, TimeZone = "America/New_York",
            WeeklyHours = [new StoredDailyHours(2, "08:00", "12:00"), new StoredDailyHours(5, "13:00", "18:00")],
            Exceptions = [new StoredAvailabilityException(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.FromHours(-5)), false, "Public holiday")],
            UpdatedAt = Start.AddDays(-10),
        },
    ];

    private static List<Appointment> Appointments() =>
    [
        new()
        {
            Id = AppointmentId, PatientId = PatientId, TherapistId = TherapistId,
            StartsAt = Start.AddDays(8).AddHours(5), EndsAt = Start.AddDays(8).AddHours(5.5),
            Status = AppointmentStatus.Booked, Reason = "Review after a pain flare", Urgent = true, Origin = AppointmentOrigin.ReviewRequest,
            Sequence = 1, BookedBy = "service:scheduling", BookedAt = Start.AddDays(3), UpdatedBy = "therapist:" + TherapistId, UpdatedAt = Start.AddDays(4),
        },
        new()
        {
            Id = CancelledAppointmentId, PatientId = PatientId, TherapistId = TherapistId,
            StartsAt = Start.AddDays(14), EndsAt = Start.AddDays(14).AddMinutes(45),
            Status = AppointmentStatus.Cancelled, Reason = "Fortnightly review", Origin = AppointmentOrigin.BookedByPatient,
            CancelReason = "Moved to the urgent review", BookedBy = "patient:" + PatientId, BookedAt = Start.AddDays(1), UpdatedBy = "patient:" + PatientId, UpdatedAt = Start.AddDays(3),
        },
    ];

    private static List<ReviewRequest> ReviewRequests() =>
    [
        new()
        {
            RequestId = Guid.Parse("aa3a4b5c-6e7f-4081-a39e-afb0c1d2e3f4"), PatientId = PatientId, TherapistId = TherapistId, Reason = "Pain flare twice this week",
            Urgent = true, RequestedAt = Start.AddDays(3), Status = ReviewRequestStatus.Offered, AppointmentId = AppointmentId, UpdatedAt = Start.AddDays(3),
        },
        new()
        {
            RequestId = Guid.Parse("bb4b5c6d-7f80-4192-b4af-b0c1d2e3f405"), PatientId = PatientId, TherapistId = TherapistId, Reason = "Adherence dropped",
            RequestedAt = Start.AddDays(5), Status = ReviewRequestStatus.Pending, UpdatedAt = Start.AddDays(5),
        },
    ];

    private static List<CalendarSubscription> CalendarSubscriptions() =>
    [
        new() { PatientId = PatientId, Token = "k3v9QhXr2mB7pLw4sT8nYc1dFg6jZa0e", IssuedAt = Start.AddDays(-7) },
    ];

    private static List<DurableTimer> Timers()
    {
        var reminder = DurableTimer.Schedule(PatientId, new TimerPlan(TimerKind.SessionReminder, SessionId, Instant.FromDateTimeOffset(Start.AddDays(3).AddHours(9)), Duration.FromMinutes(15)), Start);
        var windowClose = DurableTimer.Schedule(PatientId, new TimerPlan(TimerKind.SessionWindowClose, MissedSessionId, Instant.FromDateTimeOffset(Start.AddHours(1.5))), Start.AddDays(-7));
        windowClose.Fire(Start.AddHours(1.5).AddSeconds(2.25), TimerOutcome.Published);
        var appointmentReminder = DurableTimer.Schedule(PatientId, new TimerPlan(TimerKind.AppointmentReminder, CancelledAppointmentId, Instant.FromDateTimeOffset(Start.AddDays(13)), Duration.FromDays(1)), Start.AddDays(1));
        appointmentReminder.Cancel();
        var planAhead = DurableTimer.Schedule(PatientId, new TimerPlan(TimerKind.PlanAhead, PatientId, Instant.FromDateTimeOffset(Start.AddHours(20))), Start);
        return [reminder, windowClose, appointmentReminder, planAhead];
    }

    private static ServiceFixtureRows ServiceRows() => new()
    {
        SentEvent = new AppointmentBooked(AppointmentId, PatientId, TherapistId, Start.AddDays(8).AddHours(5), Start.AddDays(8).AddHours(5.5), "Review after a pain flare", true, Start.AddDays(3)),
        WaitingEvent = new SessionReminderDue(Guid.Parse("cc5c6d7e-8091-42a3-85b0-c1d2e3f40516"), PatientId, SessionId, ProgrammeId, Start.AddDays(3).AddHours(9.25), "Europe/London", Start.AddDays(3).AddHours(9), Start.AddDays(3).AddHours(9)),
        HandledMessageId = Guid.Parse("dd6d7e8f-91a2-43b4-96c1-d2e3f4051627"),
        Consumer = "Telehealth.Scheduling.Events.ReviewRequestedConsumer",
        RequestMethod = "SetPreferences",
        CallerId = PatientId,
        Audit = new(PatientId, "service:scheduling", new("appointment.booked", typeof(BookingSnapshot), SchemaVersion: 1), AppointmentId)
        {
            Reason = "Pain flare twice this week",
            After = new BookingSnapshot(Start.AddDays(8).AddHours(5), true),
        },
        At = Start.AddDays(3),
    };


    /// <summary>A snapshot in the shape the fixture's audit record was written with.</summary>
    private sealed record BookingSnapshot(DateTimeOffset StartsAt, bool Urgent);
}
