using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.AppHost.Tests.TherapistConsole;

/// <summary>
/// A patient of a new therapist, as the patient's app sees them through the public gRPC APIs: the
/// programme the therapist prescribed in the console, read with the patient's own token, and the
/// sessions the patient reports against it.
/// </summary>
internal sealed class SeededPatient : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly GrpcChannel _prescriptionChannel;
    private readonly GrpcChannel _progressChannel;
    private readonly Metadata _therapistHeaders;
    private readonly Metadata _patientHeaders;

    public SeededPatient(Uri prescription, Uri progress, DevelopmentIdentity identity)
    {
        _prescriptionChannel = GrpcChannel.ForAddress(prescription);
        _progressChannel = GrpcChannel.ForAddress(progress);
        Prescription = new PrescriptionService.PrescriptionServiceClient(_prescriptionChannel);
        Progress = new ProgressService.ProgressServiceClient(_progressChannel);
        _therapistHeaders = Bearer(identity.Issue(CallerRole.Therapist, TherapistId));
        _patientHeaders = Bearer(identity.Issue(CallerRole.Patient, PatientId));
    }

    public Guid TherapistId { get; } = Guid.NewGuid();

    public Guid PatientId { get; } = Guid.NewGuid();

    public PrescriptionService.PrescriptionServiceClient Prescription { get; }

    public ProgressService.ProgressServiceClient Progress { get; }

    public Programme Programme { get; private set; } = null!;

    /// <summary>The template a therapist starts a first programme from: the first the library offers.</summary>
    public async Task<ProgrammeTemplate> FirstTemplateAsync() =>
        (await Prescription.ListTemplatesAsync(new ListTemplatesRequest(), _therapistHeaders)).Templates[0];

    /// <summary>
    /// The programme the therapist prescribed through the console, as the patient's app reads it with the
    /// patient's own token, once progress lists the patient in the therapist's triage.
    /// </summary>
    public async Task<Programme> ReadPrescribedAsync()
    {
        await EventuallyAsync(async () =>
        {
            Programme = await ActiveProgrammeAsync();
            return true;
        }, "the patient's app to read the programme prescribed in the console");
        await EventuallyAsync(async () => (await Progress.GetTriageAsync(new GetTriageRequest(), _therapistHeaders)).Patients.Any(p => p.PatientId == PatientId.ToString()),
            "progress to list the patient in the therapist's triage");
        return Programme;
    }

    /// <summary>
    /// One good session on each of the days before today: every exercise done at the bottom of its
    /// range (which earns no step up), pain 1 before and after.
    /// </summary>
    public async Task ReportGoodSessionsAsync(int days)
    {
        for (var day = days; day >= 1; day--)
        {
            var report = new SubmitSessionReportRequest
            {
                ReportId = Guid.NewGuid().ToString(),
                PatientId = PatientId.ToString(),
                ProgrammeId = Programme.ProgrammeId,
                ProgrammeVersion = Programme.Version,
                PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-day)),
                PainBefore = 1,
                PainAfter = 1,
            };
            report.Exercises.AddRange(Programme.Items.Select(item => Done(item, atTopOfRange: false)));
            await Progress.SubmitSessionReportAsync(report, _patientHeaders, deadline: DateTime.UtcNow.AddSeconds(30));
        }
    }

    /// <summary>
    /// A session done as prescribed whose pain rose from 2 to 6, above the acceptable band: a flare,
    /// which alerts the therapist and suggests a step back.
    /// </summary>
    public async Task ReportFlareAsync()
    {
        var report = new SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = PatientId.ToString(),
            ProgrammeId = Programme.ProgrammeId,
            ProgrammeVersion = Programme.Version,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-10)),
            PainBefore = 2,
            PainAfter = 6,
        };
        report.Exercises.AddRange(Programme.Items.Select(item => Done(item, atTopOfRange: true)));
        await Progress.SubmitSessionReportAsync(report, _patientHeaders, deadline: DateTime.UtcNow.AddSeconds(30));
    }

    /// <summary>The suggestions waiting for the therapist, once there is at least one.</summary>
    public async Task<IReadOnlyList<Suggestion>> PendingSuggestionsAsync()
    {
        IReadOnlyList<Suggestion> pending = [];
        await EventuallyAsync(async () =>
        {
            pending = (await Prescription.ListSuggestionsAsync(new ListSuggestionsRequest { PatientId = PatientId.ToString(), PendingOnly = true }, _therapistHeaders)).Suggestions;
            return pending.Count > 0;
        }, "a suggestion after the flare");
        return pending;
    }

    /// <summary>The programme as the patient's app reads it, with the patient's own token.</summary>
    public async Task<Programme> ActiveProgrammeAsync() =>
        await Prescription.GetActiveProgrammeAsync(new GetActiveProgrammeRequest { PatientId = PatientId.ToString() }, _patientHeaders);

    public void Dispose()
    {
        _prescriptionChannel.Dispose();
        _progressChannel.Dispose();
    }

    // Every set at the top or the bottom of its range; a movement break has nothing to count, so it is skipped.
    private static ExerciseResult Done(ProgrammeItem item, bool atTopOfRange)
    {
        var dose = item.Dosage;
        if (!dose.HasRepsMax && !dose.HasHoldSeconds && !dose.HasMinutes)
        {
            return new ExerciseResult { ItemId = item.ItemId, SkippedBecause = SkipReason.NoTime };
        }
        var result = new ExerciseResult { ItemId = item.ItemId, Rpe = 6 };
        for (var set = 0; set < (dose.HasSets ? dose.Sets : 1); set++)
        {
            var done = new SetResult();
            if (dose.HasRepsMax)
            {
                done.Reps = atTopOfRange || !dose.HasRepsMin ? dose.RepsMax : dose.RepsMin;
            }
            if (dose.HasHoldSeconds)
            {
                done.HoldSeconds = dose.HoldSeconds;
            }
            if (dose.HasLoadKg)
            {
                done.LoadKg = dose.LoadKg;
            }
            if (dose.HasMinutes)
            {
                done.Minutes = dose.Minutes;
            }
            result.Sets.Add(done);
        }
        return result;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (RpcException retry) when (retry.StatusCode is StatusCode.NotFound or StatusCode.Unavailable && DateTime.UtcNow < until)
            {
                // The services learn of each other's changes a moment later, through the broker.
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Waited {Patience} for {what}.");
            }
            await Task.Delay(250);
        }
    }

    private static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };
}
