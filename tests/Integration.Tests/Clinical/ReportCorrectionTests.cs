using System.Text.Json;
using Google.Rpc;
using Telehealth.Contracts.Audit.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>A patient corrects a report they sent, through the progress service as their app would.</summary>
[Collection(ClinicalCollection.Name)]
public sealed class ReportCorrectionTests(ClinicalSystem system)
{
    [Fact]
    public async Task A_corrected_report_is_what_the_therapist_reads_and_the_trail_keeps_it_as_sent()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();
        var report = scenario.Report(1, reps: 10, loadKg: 20, painBefore: 2, painAfter: 3);
        await scenario.SubmitAsync(report);
        var correction = new CorrectSessionReportRequest
        {
            CorrectionId = Guid.NewGuid().ToString(),
            PatientId = scenario.Patient.Id.ToString(),
            ReportId = report.ReportId,
            PainBefore = 1,
            PainAfter = 2,
            Exercises = { report.Exercises },
            Notes = "Pain was lower than I typed",
            Reason = "Typed the wrong numbers",
        };

        var corrected = await CorrectAsync(correction, scenario.Patient);
        var retried = await CorrectAsync(correction, scenario.Patient);

        Assert.Equal(corrected, retried);
        Assert.Equal(report.ReportId, corrected.ReportId);
        Assert.False(corrected.TherapistAlerted);
        var listed = (await system.Progress.CallAsync<ListSessionReportsRequest, ListSessionReportsResponse>("ListSessionReports",
            new ListSessionReportsRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist)).Reports.Single();
        Assert.Equal((1, 2, corrected.CorrectedAt), (listed.PainBefore, listed.PainAfter, listed.CorrectedAt));
        var summary = await system.Progress.CallAsync<GetPatientSummaryRequest, PatientSummary>("GetPatientSummary",
            new GetPatientSummaryRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist);
        Assert.Equal((1, 2), (summary.Pain.Single().Before, summary.Pain.Single().After));

        foreach (var reader in new[] { scenario.Therapist, scenario.Patient })
        {
            var trail = await system.AuditTrail("progress").CallAsync<ListAuditRecordsRequest, ListAuditRecordsResponse>("ListAuditRecords",
                new ListAuditRecordsRequest { PatientId = scenario.Patient.Id.ToString() }, reader);
            Assert.Equal(["session_report.corrected", "session_report.submitted"], trail.Records.Select(r => r.Action));
            var record = trail.Records[0];
            Assert.Equal(($"patient:{scenario.Patient.Id}", report.ReportId, "Typed the wrong numbers"), (record.Actor, record.SubjectId, record.Reason));
            Assert.Equal((2, 3), Pain(record.BeforeJson));
            Assert.Equal((1, 2), Pain(record.AfterJson));
        }
    }

    [Fact]
    public async Task Bad_input_answers_invalid_argument_naming_each_field()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();
        var report = scenario.Report(1, reps: 10, loadKg: 20, painBefore: 2, painAfter: 3);
        await scenario.SubmitAsync(report);
        var correction = new CorrectSessionReportRequest
        {
            CorrectionId = "again-and-again",
            PatientId = scenario.Patient.Id.ToString(),
            ReportId = "last-tuesday",
            PainBefore = 12,
            PainAfter = -2,
            Notes = new string('n', 2001),
        };

        var error = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(correction, scenario.Patient));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            ["correction_id", "report_id", "pain_before", "pain_after", "notes", "exercises", "reason"],
            error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));

        correction.CorrectionId = Guid.NewGuid().ToString();
        correction.ReportId = report.ReportId;
        correction.PainBefore = 1;
        correction.PainAfter = 2;
        correction.Notes = "";
        correction.Reason = "Wrong exercise";
        correction.Exercises.Add(new ExerciseResult { ItemId = Guid.NewGuid().ToString(), SkippedBecause = SkipReason.NoTime });
        var unknownItem = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(correction, scenario.Patient));
        Assert.Equal(StatusCode.InvalidArgument, unknownItem.StatusCode);
        Assert.Contains("exercises[0].item_id", unknownItem.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    private Task<CorrectSessionReportResponse> CorrectAsync(CorrectSessionReportRequest request, TestCaller caller) =>
        system.Progress.CallAsync<CorrectSessionReportRequest, CorrectSessionReportResponse>("CorrectSessionReport", request, caller);

    private static (int Before, int After) Pain(string snapshot)
    {
        var json = JsonDocument.Parse(snapshot).RootElement;
        return (json.GetProperty("painBefore").GetInt32(), json.GetProperty("painAfter").GetInt32());
    }
}
