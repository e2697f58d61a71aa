using System.Diagnostics.Metrics;
using Google.Protobuf.WellKnownTypes;
using MassTransit.Testing;
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

    private ReportScenario()
    {
    }

    public Caller Patient { get; } = new(Guid.NewGuid(), CallerRole.Patient);

    public Guid TherapistId { get; } = Guid.NewGuid();

    public Guid ProgrammeId { get; } = Guid.NewGuid();

    public Guid ItemId { get; } = Guid.NewGuid();

    public static async Task<ReportScenario> StartAsync()
    {
        var scenario = new ReportScenario();
        scenario._harness = await ConsumerHarness.StartAsync();
        await scenario._harness.PublishAsync(new ProgrammePrescribed(scenario.ProgrammeId, scenario.Patient.Id, scenario.TherapistId, 1,
        [
            new ProgrammeItemSnapshot(scenario.ItemId, Guid.NewGuid(), "Cable trunk extension", "LumbarStrengthening",
                new DosageSnapshot(3, 8, 12, null, 20m, null, 3, [], null, null, null), 0.5m, false, null, null, null),
        ], 14, DateTimeOffset.UtcNow.AddDays(-10)), Guid.NewGuid());
        Assert.True(await scenario._harness.Harness.Consumed.Any<ProgrammePrescribed>());
        await scenario._harness.Harness.InactivityTask;
        return scenario;
    }

    /// <summary>Reports yesterday's session: three sets of <paramref name="reps"/> at 20 kg, with the given pain.</summary>
    public async Task<Guid> SubmitAsync(int painBefore, int painAfter, int reps = 10, bool redFlag = false)
    {
        var request = new Proto.SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = Patient.Id.ToString(),
            ProgrammeId = ProgrammeId.ToString(),
            ProgrammeVersion = 1,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
            PainBefore = painBefore,
            PainAfter = painAfter,
            Exercises = { Result(reps) },
            Notes = "Felt fine",
        };
        if (redFlag)
        {
            request.RedFlags.Add(new Proto.RedFlagAnswer { Flag = Proto.RedFlag.NewSaddleNumbness, Present = true });
        }
        await QueryAsync(db => new SessionReportSubmission(db, TimeProvider.System, Metrics()).SubmitAsync(request, Patient, CancellationToken.None));
        return Guid.Parse(request.ReportId);
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

    private Proto.ExerciseResult Result(int reps)
    {
        var result = new Proto.ExerciseResult { ItemId = ItemId.ToString(), Rpe = 7 };
        for (var set = 0; set < 3; set++)
        {
            result.Sets.Add(new Proto.SetResult { Reps = reps, LoadKg = 20 });
        }
        return result;
    }

    private ProgressMetrics Metrics() => new(_meters.GetRequiredService<IMeterFactory>());
}
