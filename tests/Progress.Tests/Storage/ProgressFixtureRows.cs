using Telehealth.Testing.Storage;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;

namespace Telehealth.Progress.Tests.Storage;

/// <summary>
/// One row of every kind the progress database holds. Storage/Fixtures/progress-ef6.db holds these
/// rows as EF Core 6 wrote them; the same methods read them back, so a storage upgrade is checked
/// against what the old code stored.
/// </summary>
internal static class ProgressFixtureRows
{
    private static readonly Guid PatientId = Guid.Parse("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9");
    private static readonly Guid TherapistId = Guid.Parse("2c3d4e5f-6071-4829-93a4-b5c6d7e8f90a");
    private static readonly Guid ProgrammeId = Guid.Parse("3d4e5f60-7182-493a-a4b5-c6d7e8f90a1b");
    private static readonly Guid PausedProgrammeId = Guid.Parse("4e5f6071-8293-4a4b-b5c6-d7e8f90a1b2c");
    private static readonly Guid ReportId = Guid.Parse("5f607182-93a4-4b5c-86d7-e8f90a1b2c3d");
    private static readonly Guid CorrectedReportId = Guid.Parse("60718293-a4b5-4c6d-97e8-f90a1b2c3d4e");
    private static readonly Guid ItemId = Guid.Parse("718293a4-b5c6-4d7e-a8f9-0a1b2c3d4e5f");
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private const string Items =
        """[{"itemId":"718293a4-b5c6-4d7e-a8f9-0a1b2c3d4e5f","exerciseId":"8293a4b5-c6d7-4e8f-b90a-1b2c3d4e5f60","exerciseName":"Bird-dog","category":"StabiliserActivation","dosage":{"sets":2,"repsMin":6,"repsMax":8,"holdSeconds":5,"loadKg":null,"minutes":null,"sessionsPerWeek":5,"days":[],"rpeTarget":null,"holdsPerSide":null,"intervalMinutes":null},"loadStepKg":null,"autoProgression":false,"maxLoadKg":null,"maxHoldSeconds":null,"loadLoweredByTherapistAt":null}]""";

    public static async Task WriteAsync(ProgressDbContext db)
    {
        db.Programmes.AddRange(Programmes());
        db.ProgrammeVersions.AddRange(ProgrammeVersions());
        db.SessionReports.AddRange(SessionReports());
        db.NextDayChecks.AddRange(NextDayChecks());
        db.Outcomes.AddRange(Outcomes());
        db.MissedSessions.AddRange(MissedSessions());
        db.Alerts.AddRange(Alerts());
        db.Suggestions.AddRange(Suggestions());
        ServiceRows().Write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Reads every row back and checks it holds what <see cref="WriteAsync"/> stored.</summary>
    public static async Task AssertStoredAsync(ProgressDbContext db)
    {
        AssertRows(Programmes(), await db.Programmes.AsNoTracking().ToListAsync(), p => (p.ProgrammeId, 0));
        AssertRows(ProgrammeVersions(), await db.ProgrammeVersions.AsNoTracking().ToListAsync(), v => (v.ProgrammeId, v.Version));
        AssertRows(SessionReports(), await db.SessionReports.AsNoTracking().ToListAsync(), r => (r.Id, 0));
        AssertRows(NextDayChecks(), await db.NextDayChecks.AsNoTracking().ToListAsync(), c => (c.Id, 0));
        AssertRows(Outcomes(), await db.Outcomes.AsNoTracking().ToListAsync(), o => (o.Id, 0));
        AssertRows(MissedSessions(), await db.MissedSessions.AsNoTracking().ToListAsync(), m => (m.PlannedSessionId, 0));
        AssertRows(Alerts(), await db.Alerts.AsNoTracking().ToListAsync(), a => (a.Id, 0));
        AssertRows(Suggestions(), await db.Suggestions.AsNoTracking().ToListAsync(), s => (s.Id, 0));

        // The queries the service runs on instants still order and filter them as before.
        var recent = await db.SessionReports.AsNoTracking()
            .Where(r => r.PatientId == PatientId && r.PerformedAt >= Start.AddDays(1))
            .OrderByDescending(r => r.PerformedAt)
            .Select(r => r.Id)
            .ToListAsync();
        Assert.Equal(SessionReports().Where(r => r.PerformedAt >= Start.AddDays(1)).OrderByDescending(r => r.PerformedAt).Select(r => r.Id), recent);

        await ServiceRows().AssertStoredAsync(db);
    }

    private static void AssertRows<T>(List<T> expected, List<T> actual, Func<T, (Guid, int)> key)
        where T : class
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var row in expected)
        {
            RowAssert.Same(row, actual.Single(a => key(a) == key(row)));
        }
    }

    private static List<ProgrammeCopy> Programmes() =>
    [
        new() { ProgrammeId = ProgrammeId, PatientId = PatientId, TherapistId = TherapistId, CurrentVersion = 2, Status = ProgrammeCopyStatus.Active, UpdatedAt = Start.AddDays(1) },
        new() { ProgrammeId = PausedProgrammeId, PatientId = PatientId, TherapistId = TherapistId, CurrentVersion = 3, Status = ProgrammeCopyStatus.Paused, UpdatedAt = new DateTimeOffset(2026, 10, 20, 17, 45, 30, 125, TimeSpan.FromHours(2)) },
    ];

    private static List<ProgrammeVersionCopy> ProgrammeVersions() =>
    [
        new() { ProgrammeId = ProgrammeId, Version = 1, Items = Items, ReceivedAt = Start },
        new() { ProgrammeId = ProgrammeId, Version = 2, Items = Items.Replace("\"sets\":2", "\"sets\":3"), ReceivedAt = Start.AddDays(1) },
    ];

    private static List<StoredSessionReport> SessionReports() =>
    [
        new()
        {
            Id = ReportId, PatientId = PatientId, ProgrammeId = ProgrammeId, ProgrammeVersion = 1,
            PlannedSessionId = Guid.Parse("8293a4b5-c6d7-4e8f-890a-1b2c3d4e5f61"),
            PerformedAt = Start.AddHours(8), ReceivedAt = Start.AddHours(8).AddMinutes(2),
            PainBefore = 3, PainAfter = 6,
            Exercises = $$"""[{"itemId":"{{ItemId}}","setsDone":2,"repsDone":[8,7],"effort":6}]""",
            RedFlagAnswers = """[{"question":"SaddleNumbness","answer":false}]""",
            Notes = "Harder than last week", RedFlag = false, Flare = true,
        },
        new()
        {
            Id = CorrectedReportId, PatientId = PatientId, ProgrammeId = ProgrammeId, ProgrammeVersion = 2,
            PerformedAt = new DateTimeOffset(2026, 11, 4, 7, 15, 0, TimeSpan.FromHours(-8)), ReceivedAt = Start.AddDays(2).AddHours(16),
            PainBefore = 2, PainAfter = 2,
            Exercises = $$"""[{"itemId":"{{ItemId}}","setsDone":3,"repsDone":[8,8,8],"effort":4}]""",
            Notes = "", CorrectedAt = Start.AddDays(3),
        },
    ];

    private static List<StoredNextDayCheck> NextDayChecks() =>
    [
        new() { Id = Guid.Parse("93a4b5c6-d7e8-4f90-9a1b-2c3d4e5f6071"), PatientId = PatientId, ReportId = ReportId, Pain = 5, UsualPain = 3, CheckedAt = Start.AddDays(1).AddHours(1) },
    ];

    private static List<StoredOutcome> Outcomes() =>
    [
        new()
        {
            Id = Guid.Parse("a4b5c6d7-e8f9-4a0b-ab2c-3d4e5f607182"), PatientId = PatientId, Measure = "ODI",
            Answers = "[2,1,3,0,1,2,1,0,2,1]", Score = 26, ChangeFromBaseline = null, MinimalImportantChangeReached = false, CompletedAt = Start,
        },
        new()
        {
            Id = Guid.Parse("b5c6d7e8-f90a-4b1c-bc3d-4e5f60718293"), PatientId = PatientId, Measure = "RolandMorris",
            Answers = "[true,false,true,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false]",
            Score = 2, ChangeFromBaseline = -4.5, MinimalImportantChangeReached = true, CompletedAt = Start.AddDays(28),
        },
    ];

    private static List<MissedSession> MissedSessions() =>
    [
        new() { PlannedSessionId = Guid.Parse("c6d7e8f9-0a1b-4c2d-8d4e-5f60718293a4"), PatientId = PatientId, ProgrammeId = ProgrammeId, WindowStart = Start.AddDays(2), WindowEnd = Start.AddDays(2).AddHours(3) },
    ];

    private static List<RaisedAlert> Alerts() =>
    [
        new()
        {
            Id = Guid.Parse("d7e8f90a-1b2c-4d3e-9e5f-60718293a4b5"), PatientId = PatientId, TherapistId = TherapistId, Kind = "PainFlare",
            Explanation = "Pain rose from 3 to 6 during the session", ReportId = ReportId, RaisedAt = Start.AddHours(8).AddMinutes(2),
        },
        new()
        {
            Id = Guid.Parse("e8f90a1b-2c3d-4e4f-af60-718293a4b5c6"), PatientId = PatientId, TherapistId = TherapistId, Kind = "RedFlag",
            Explanation = "New numbness reported", RedFlags = """["SaddleNumbness"]""", RaisedAt = Start.AddDays(3), AcknowledgedAt = Start.AddDays(3).AddMinutes(20),
        },
    ];

    private static List<MadeSuggestion> Suggestions() =>
    [
        new()
        {
            Id = Guid.Parse("f90a1b2c-3d4e-4f50-b071-8293a4b5c6d7"), ProgrammeId = ProgrammeId, ProgrammeVersion = 2, ProgrammeItemId = ItemId,
            Direction = "Progression", ReportId = CorrectedReportId, SuggestedAt = Start.AddDays(2).AddHours(16),
        },
    ];

    private static ServiceFixtureRows ServiceRows() => new()
    {
        SentEvent = new PainFlareDetected(ReportId, PatientId, TherapistId, ProgrammeId, 3, 6, "Pain rose from 3 to 6 during the session", Start.AddHours(8).AddMinutes(2)),
        WaitingEvent = new OutcomeRecorded(Guid.Parse("b5c6d7e8-f90a-4b1c-bc3d-4e5f60718293"), PatientId, TherapistId, "RolandMorris", 2, -4.5, true, Start.AddDays(28)),
        HandledMessageId = Guid.Parse("0a1b2c3d-4e5f-4607-8182-93a4b5c6d7e8"),
        Consumer = "Telehealth.Progress.Events.ProgrammePrescribedConsumer",
        RequestMethod = "SubmitSessionReport",
        CallerId = PatientId,
        Audit = new(PatientId, "patient:" + PatientId, new("session_report.corrected", typeof(PainSnapshot), SchemaVersion: 1), CorrectedReportId)
        {
            Reason = "Entered the wrong pain score",
            Before = new PainSnapshot(2, 5),
            After = new PainSnapshot(2, 2),
        },
        At = Start.AddDays(3),
    };


    /// <summary>A snapshot in the shape the fixture's audit record was written with.</summary>
    private sealed record PainSnapshot(int PainBefore, int PainAfter);
}
