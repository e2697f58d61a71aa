using System.Diagnostics.Metrics;
using Google.Protobuf.WellKnownTypes;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.Progress.Diagnostics;
using Telehealth.Progress.Reports;
using Telehealth.Progress.Tests.Events;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Tests.Reports;

/// <summary>
/// A patient whose one-exercise programme (cable trunk extension, 3 × 8–12 at 20 kg) progress has
/// heard of, reporting and correcting through the service's use cases over a real SQLite file.
/// </summary>
internal sealed class ReportScenario : IAsyncDisposable
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private ConsumerHarness _harness = null!;
    private int _day;
    private int _reportCount;

    private ReportScenario()
    {
    }

    public Caller Patient { get; } = new(Guid.NewGuid(), CallerRole.Patient);

    public Guid TherapistId { get; } = Guid.NewGuid();

    public Guid ProgrammeId { get; } = Guid.NewGuid();

    public Guid ItemId { get; } = Guid.NewGuid();

    private Guid ExerciseId { get; } = Guid.NewGuid();

    public static async Task<ReportScenario> StartAsync()
    {
        var scenario = new ReportScenario();
        scenario._harness = await ConsumerHarness.StartAsync();
        await scenario._harness.PublishAsync(new ProgrammePrescribed(scenario.ProgrammeId, scenario.Patient.Id, scenario.TherapistId, 1,
            [scenario.Item(20m)], 14, DateTimeOffset.UtcNow.AddDays(-10)), Guid.NewGuid());
        await scenario._harness.ConsumedAsync<ProgrammePrescribed>();
        await scenario._harness.Harness.InactivityTask;
        return scenario;
    }

    /// <summary>The therapist sets the exercise to <paramref name="loadKg"/> in version <paramref name="version"/>.</summary>
    public async Task AdjustAsync(int version, decimal loadKg)
    {
        await _harness.PublishAsync(new ProgrammeAdjusted(ProgrammeId, Patient.Id, TherapistId, version, [Item(loadKg)],
            "Progressed as suggested", null, DateTimeOffset.UtcNow.AddDays(-3)), Guid.NewGuid());
        // The harness may already count itself idle from the earlier messages: wait for the copy itself.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (await QueryAsync(db => db.Programmes.Where(p => p.ProgrammeId == ProgrammeId).Select(p => p.CurrentVersion).SingleAsync()) != version)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"progress did not take version {version} within 10 s");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Reports a session: three sets of <paramref name="reps"/> at <paramref name="loadKg"/>, with the
    /// given pain, <paramref name="daysLater"/> days after the report before (the first nineteen
    /// days ago), and, with <paramref name="checkNextMorning"/>, the next morning's check at the
    /// usual pain level.
    /// </summary>
    public async Task<Guid> SubmitAsync(int painBefore, int painAfter, int reps = 10, bool redFlag = false, int version = 1, decimal loadKg = 20m, int daysLater = 1, bool checkNextMorning = false)
    {
        var request = Report(painBefore, painAfter, reps, redFlag, version, loadKg, daysLater);
        await SubmitAsync(request);
        if (checkNextMorning && !redFlag)
        {
            await CheckAsync(NextMorningCheck(request, pain: 2));
        }
        return Guid.Parse(request.ReportId);
    }

    /// <summary>The next morning's pain check of a report, against a usual pain of 2.</summary>
    public Proto.SubmitNextDayPainCheckRequest NextMorningCheck(Proto.SubmitSessionReportRequest report, int pain) => new()
    {
        CheckId = Guid.NewGuid().ToString(),
        PatientId = Patient.Id.ToString(),
        ReportId = report.ReportId,
        Pain = pain,
        UsualPain = 2,
        CheckedAt = Timestamp.FromDateTimeOffset(report.PerformedAt.ToDateTimeOffset().AddHours(22)),
    };

    /// <summary>Sends a check made with <see cref="NextMorningCheck"/>.</summary>
    public Task<Proto.SubmitNextDayPainCheckResponse> CheckAsync(Proto.SubmitNextDayPainCheckRequest check) =>
        QueryAsync(db => new NextDayCheckSubmission(db, TimeProvider.System, Metrics()).SubmitAsync(check, Patient, CancellationToken.None));

    /// <summary>Sends a report made with <see cref="Report"/>.</summary>
    public Task<Proto.SubmitSessionReportResponse> SubmitAsync(Proto.SubmitSessionReportRequest request) =>
        QueryAsync(db => new SessionReportSubmission(db, TimeProvider.System, Metrics(), _harness.Commits).SubmitAsync(request, Patient, CancellationToken.None));

    /// <summary>
    /// A report of three sets of <paramref name="reps"/> at <paramref name="loadKg"/> with the given
    /// pain, <paramref name="daysLater"/> days after the report made before it (the first nineteen days ago).
    /// </summary>
    public Proto.SubmitSessionReportRequest Report(int painBefore, int painAfter, int reps = 10, bool redFlag = false, int version = 1, decimal loadKg = 20m, int daysLater = 1)
    {
        _day += daysLater;
        var performedAt = DateTimeOffset.UtcNow.Date.AddDays(_day - 20).AddHours(9);
        var request = new Proto.SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = Patient.Id.ToString(),
            ProgrammeId = ProgrammeId.ToString(),
            ProgrammeVersion = version,
            PerformedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(performedAt, TimeSpan.Zero).AddMinutes(_reportCount++)),
            PainBefore = painBefore,
            PainAfter = painAfter,
            Exercises = { Result(reps, loadKg) },
            Notes = "Felt fine",
        };
        if (redFlag)
        {
            request.RedFlags.Add(new Proto.RedFlagAnswer { Flag = Proto.RedFlag.NewSaddleNumbness, Present = true });
        }
        return request;
    }

    /// <summary>A correction of the report to the given pain and reps, with a reason.</summary>
    public Proto.CorrectSessionReportRequest Correction(Guid reportId, int painBefore, int painAfter, int reps = 10) => new()
    {
        CorrectionId = Guid.NewGuid().ToString(),
        PatientId = Patient.Id.ToString(),
        ReportId = reportId.ToString(),
        PainBefore = painBefore,
        PainAfter = painAfter,
        Exercises = { Result(reps) },
        Notes = "Entered the wrong numbers",
        Reason = "I mixed up today's and yesterday's pain",
    };

    public Task<Proto.CorrectSessionReportResponse> CorrectAsync(Proto.CorrectSessionReportRequest request, Caller? caller = null) =>
        QueryAsync(db => new SessionReportCorrection(db, TimeProvider.System, Metrics()).CorrectAsync(request, caller ?? Patient, CancellationToken.None));

    public Task<Proto.ListSessionReportsResponse> ReportsAsync() =>
        QueryAsync(db => new PatientSummaries(db, TimeProvider.System).ReportsAsync(Patient.Id, 10, Patient, CancellationToken.None));

    public Task<TResult> QueryAsync<TResult>(Func<ProgressDbContext, Task<TResult>> query) => _harness.QueryAsync(query);

    public async ValueTask DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _meters.DisposeAsync();
    }

    private ProgrammeItemSnapshot Item(decimal loadKg) =>
        new(ItemId, ExerciseId, "Cable trunk extension", "LumbarStrengthening",
            new DosageSnapshot(3, 8, 12, null, loadKg, null, 3, [], null, null, null), 0.5m, false, null, null, null);

    private Proto.ExerciseResult Result(int reps, decimal loadKg = 20m)
    {
        var result = new Proto.ExerciseResult { ItemId = ItemId.ToString(), Rpe = 7 };
        for (var set = 0; set < 3; set++)
        {
            result.Sets.Add(new Proto.SetResult { Reps = reps, LoadKg = (double)loadKg });
        }
        return result;
    }

    private ProgressMetrics Metrics() => new(_meters.GetRequiredService<IMeterFactory>());
}
