using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Testing;
using Grpc.Net.Client;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Faults;

/// <summary>A patient of the load: their programme and its one item.</summary>
internal sealed record LoadPatient(TestCaller Caller, string ProgrammeId, string ItemId);

/// <summary>What happened to one report: every status its attempts got, and whether it was accepted in the end.</summary>
internal sealed class ReportAttempts(string reportId)
{
    private readonly ConcurrentQueue<(StatusCode Status, string Phase)> _statuses = new();

    public string ReportId => reportId;

    public bool Accepted { get; set; }

    /// <summary>The status that made the client give up (not retryable), if any.</summary>
    public StatusCode? GaveUpOn { get; set; }

    public IEnumerable<StatusCode> Statuses => _statuses.Select(s => s.Status);

    /// <summary>Each answer with the fault step that was under way when it came.</summary>
    public IEnumerable<(StatusCode Status, string Phase)> Answers => _statuses;

    public int Attempts => _statuses.Count;

    public void Saw(StatusCode status, string phase) => _statuses.Enqueue((status, phase));
}

/// <summary>
/// A steady stream of session reports, as patient apps send them: each with a fresh report id, retried
/// with the same id on UNAVAILABLE or DEADLINE_EXCEEDED until accepted. A status that is neither
/// success nor retryable is recorded; server faults (UNKNOWN, INTERNAL) are still retried with the same
/// id, so the report is not lost to the check that follows, but they count as failures.
/// </summary>
internal sealed class ReportLoad(GrpcChannel progress, IReadOnlyList<LoadPatient> patients, int workers, TimeSpan pause) : IAsyncDisposable
{
    private static readonly Method<SubmitSessionReportRequest, SubmitSessionReportResponse> Submit =
        DescriptorMethods.For<SubmitSessionReportRequest, SubmitSessionReportResponse>(ProgressReflection.Descriptor.Services[0].FindMethodByName("SubmitSessionReport"));

    private readonly ConcurrentQueue<ReportAttempts> _reports = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];
    private int _next;

    public IReadOnlyCollection<ReportAttempts> Reports => _reports;

    /// <summary>The fault step under way, recorded with every answer.</summary>
    public string Phase { get; set; } = "steady";

    public int AcceptedSoFar => _reports.Count(r => r.Accepted);

    public void Start()
    {
        for (var i = 0; i < workers; i++)
        {
            _workers.Add(Task.Run(WorkAsync));
        }
    }

    /// <summary>Stops starting new reports; reports in flight keep retrying until <paramref name="giveUpAfter"/>.</summary>
    public async Task StopAsync(TimeSpan giveUpAfter)
    {
        _stop.Cancel();
        var all = Task.WhenAll(_workers);
        await Task.WhenAny(all, Task.Delay(giveUpAfter));
        _giveUp.Cancel();
        await all;
    }

    private readonly CancellationTokenSource _giveUp = new();

    /// <summary>Stops at once (a test that failed half-way): nothing keeps calling once the services go.</summary>
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _giveUp.Cancel();
        try
        {
            await Task.WhenAll(_workers);
        }
        catch (Exception)
        {
            // Already reported by the test, or irrelevant once it failed.
        }
    }

    private async Task WorkAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var patient = patients[Interlocked.Increment(ref _next) % patients.Count];
            await SubmitUntilAnsweredAsync(patient, Report(patient));
            try
            {
                await Task.Delay(pause, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    /// <summary>Sends one report, and again with the same id while the answer is retryable.</summary>
    public async Task<ReportAttempts> SubmitUntilAnsweredAsync(LoadPatient patient, SubmitSessionReportRequest request)
    {
        var report = new ReportAttempts(request.ReportId);
        _reports.Enqueue(report);
        var backoff = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                await progress.UnaryCall(Submit, request, new CallOptions(headers: patient.Caller.Headers, deadline: DateTime.UtcNow + TimeSpan.FromSeconds(15)));
                report.Saw(StatusCode.OK, Phase);
                report.Accepted = true;
                return report;
            }
            catch (RpcException exception)
            {
                report.Saw(exception.StatusCode, Phase);
                if (exception.StatusCode is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unknown or StatusCode.Internal))
                {
                    report.GaveUpOn = exception.StatusCode;
                    return report;
                }
            }
            if (_giveUp.IsCancellationRequested)
            {
                return report;
            }
            await Task.Delay(backoff);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
        }
    }

    /// <summary>A plain session: every set at 10 reps and the prescribed 20 kg, little pain.</summary>
    public static SubmitSessionReportRequest Report(LoadPatient patient)
    {
        var request = new SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = patient.Caller.Id.ToString(),
            ProgrammeId = patient.ProgrammeId,
            ProgrammeVersion = 1,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)),
            PainBefore = 2,
            PainAfter = 2,
        };
        var result = new ExerciseResult { ItemId = patient.ItemId, Rpe = 7, PainDuring = 2 };
        for (var set = 0; set < 3; set++)
        {
            result.Sets.Add(new SetResult { Reps = 10, LoadKg = 20 });
        }
        request.Exercises.Add(result);
        return request;
    }
}
