using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using static Telehealth.Integration.Tests.Authorization.AccessCell;
using static Telehealth.Integration.Tests.Authorization.Requests;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>telehealth.progress.v1.ProgressService: reports are the patient's own account; summaries and triage are for their therapist.</summary>
internal static class ProgressRules
{
    private const string Service = "telehealth.progress.v1.ProgressService/";

    public static IEnumerable<AccessRule> All { get; } =
    [
        // What the patient did and felt is theirs to report: a therapist may read it but not write it for them.
        new(Service + "SubmitSessionReport", PatientOwn, ReportAsync),
        new(Service + "CorrectSessionReport", PatientOwn, CorrectionAsync),
        new(Service + "SubmitNextDayPainCheck", PatientOwn, c => Ready(new SubmitNextDayPainCheckRequest
        {
            CheckId = Guid.NewGuid().ToString(),
            PatientId = c.Target.Patient.Id.ToString(),
            ReportId = c.Target.ReportId,
            Pain = 2,
            UsualPain = 2,
            CheckedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        })),
        new(Service + "SubmitOutcomeMeasure", PatientOwn, c => Ready(new SubmitOutcomeMeasureRequest
        {
            OutcomeId = Guid.NewGuid().ToString(),
            PatientId = c.Target.Patient.Id.ToString(),
            Measure = OutcomeMeasure.OswestryDisabilityIndex,
            Answers = { Enumerable.Repeat(1, 10) },
            CompletedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        })),
        new(Service + "ListSessionReports", Owners, c => Ready(new ListSessionReportsRequest { PatientId = c.Target.Patient.Id.ToString() })),
        new(Service + "GetPatientSummary", Owners, c => Ready(new GetPatientSummaryRequest { PatientId = c.Target.Patient.Id.ToString() })),
        // Names no patient: always the calling therapist's own caseload.
        new(Service + "GetTriage", Therapists, _ => Ready(new GetTriageRequest())),
    ];

    /// <summary>A painless session of the loaded exercise, against the programme version current now.</summary>
    private static async Task<IMessage> ReportAsync(RequestContext context)
    {
        var (programme, result) = await PainlessSetsAsync(context);
        return new SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = context.Target.Patient.Id.ToString(),
            ProgrammeId = programme.ProgrammeId,
            ProgrammeVersion = programme.Version,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-30)),
            PainBefore = 2,
            PainAfter = 2,
            Exercises = { result },
        };
    }

    /// <summary>The world's flare report, said again with the pain as it really was.</summary>
    private static async Task<IMessage> CorrectionAsync(RequestContext context)
    {
        var (_, result) = await PainlessSetsAsync(context);
        return new CorrectSessionReportRequest
        {
            CorrectionId = Guid.NewGuid().ToString(),
            PatientId = context.Target.Patient.Id.ToString(),
            ReportId = context.Target.ReportId,
            PainBefore = 2,
            PainAfter = 4,
            Exercises = { result },
            Reason = "Tapped 6 instead of 4 after the session.",
        };
    }

    /// <summary>The target's programme now, and every set of its loaded exercise done as prescribed, without pain.</summary>
    private static async Task<(Programme Programme, ExerciseResult Result)> PainlessSetsAsync(RequestContext context)
    {
        var programme = await context.System.Prescription.CallPolitelyAsync<GetProgrammeRequest, Programme>(
            "GetProgramme", new GetProgrammeRequest { ProgrammeId = context.Target.ProgrammeId }, context.Target.Therapist);
        var loaded = programme.Items.First(item => item.Dosage.HasLoadKg);
        var result = new ExerciseResult { ItemId = loaded.ItemId, Rpe = 5, PainDuring = 2 };
        for (var set = 0; set < loaded.Dosage.Sets; set++)
        {
            result.Sets.Add(new SetResult { Reps = loaded.Dosage.RepsMin, LoadKg = loaded.Dosage.LoadKg });
        }
        return (programme, result);
    }
}
