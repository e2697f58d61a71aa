using System.Text.Json;
using Google.Rpc;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Progress.Tests.Reports;

/// <summary>The patient corrects an earlier report: what summaries read, what stays raised, and what the audit trail keeps.</summary>
public sealed class SessionReportCorrectionTests : IAsyncLifetime
{
    private ReportScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ReportScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task The_corrected_values_are_what_summaries_read_and_the_report_as_sent_stays_in_the_audit_trail()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 10);

        var corrected = await _scenario.CorrectAsync(_scenario.Correction(reportId, painBefore: 1, painAfter: 2, reps: 8));

        Assert.Equal(reportId.ToString(), corrected.ReportId);
        Assert.False(corrected.TherapistAlerted);
        var listed = Assert.Single((await _scenario.ReportsAsync()).Reports);
        Assert.Equal((1, 2), (listed.PainBefore, listed.PainAfter));
        Assert.Equal(corrected.CorrectedAt, listed.CorrectedAt);
        var stored = await _scenario.QueryAsync(db => db.SessionReports.SingleAsync());
        Assert.Equal("Entered the wrong numbers", stored.Notes);
        Assert.Contains("\"reps\":8", stored.Exercises);

        var record = await _scenario.QueryAsync(db => db.AuditTrail.SingleAsync(r => r.Action == "session_report.corrected"));
        Assert.Equal($"patient:{_scenario.Patient.Id}", record.Actor);
        Assert.Equal(_scenario.Patient.Id, record.PatientId);
        Assert.Equal(reportId, record.SubjectId);
        Assert.Equal("I mixed up today's and yesterday's pain", record.Reason);
        Assert.Equal((2, 3, 10, "Felt fine"), Values(record.Before));
        Assert.Equal((1, 2, 8, "Entered the wrong numbers"), Values(record.After));
    }

    [Fact]
    public async Task Correcting_away_a_flare_leaves_its_alert_raised()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 7);
        Assert.Equal(1, await _scenario.QueryAsync(db => db.Alerts.CountAsync()));

        var corrected = await _scenario.CorrectAsync(_scenario.Correction(reportId, painBefore: 2, painAfter: 3));

        Assert.False(corrected.TherapistAlerted);
        var alert = await _scenario.QueryAsync(db => db.Alerts.SingleAsync());
        Assert.Equal(("PainFlare", reportId), (alert.Kind, alert.ReportId));
        Assert.True(await _scenario.QueryAsync(db => db.SessionReports.Select(r => r.Flare).SingleAsync()));
    }

    [Fact]
    public async Task A_red_flag_cannot_be_corrected_away()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, redFlag: true);

        await _scenario.CorrectAsync(_scenario.Correction(reportId, painBefore: 1, painAfter: 1));

        var stored = await _scenario.QueryAsync(db => db.SessionReports.SingleAsync());
        Assert.True(stored.RedFlag);
        var after = await _scenario.QueryAsync(db => db.AuditTrail.Where(r => r.Action == "session_report.corrected").Select(r => r.After).SingleAsync());
        Assert.Equal("NewSaddleNumbness", JsonDocument.Parse(after!).RootElement.GetProperty("redFlags")[0].GetString());
        Assert.Equal("RedFlag", (await _scenario.QueryAsync(db => db.Alerts.SingleAsync())).Kind);
        Assert.True(Assert.Single((await _scenario.ReportsAsync()).Reports).RedFlag);
    }

    [Fact]
    public async Task A_correction_that_shows_a_flare_alerts_the_therapist_in_the_same_transaction()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3);
        var eventsBefore = await _scenario.QueryAsync(db => db.Outbox.CountAsync());

        var corrected = await _scenario.CorrectAsync(_scenario.Correction(reportId, painBefore: 2, painAfter: 7));

        Assert.True(corrected.TherapistAlerted);
        var alert = await _scenario.QueryAsync(db => db.Alerts.SingleAsync());
        Assert.Equal(("PainFlare", reportId, _scenario.TherapistId), (alert.Kind, alert.ReportId, alert.TherapistId));
        var published = await _scenario.QueryAsync(db => db.Outbox.OrderBy(m => m.Sequence).Skip(eventsBefore).Select(m => m.MessageType).ToListAsync());
        Assert.Contains(published, type => type.Contains(nameof(PainFlareDetected)));
        Assert.Contains(published, type => type.Contains(nameof(RegressionSuggested)));
        Assert.DoesNotContain(published, type => type.Contains(nameof(ProgressionSuggested)));
        Assert.True(await _scenario.QueryAsync(db => db.SessionReports.Select(r => r.Flare).SingleAsync()));
    }

    [Fact]
    public async Task The_same_correction_again_returns_the_first_answer_and_changes_nothing_more()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3);
        var correction = _scenario.Correction(reportId, painBefore: 1, painAfter: 2);

        var first = await _scenario.CorrectAsync(correction);
        var again = await _scenario.CorrectAsync(correction);

        Assert.Equal(first, again);
        Assert.Equal(1, await _scenario.QueryAsync(db => db.AuditTrail.CountAsync(r => r.Action == "session_report.corrected")));
    }

    [Fact]
    public async Task A_report_sent_more_than_seven_days_ago_cannot_be_corrected()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3);
        await _scenario.QueryAsync(async db =>
        {
            var stored = await db.SessionReports.SingleAsync();
            stored.ReceivedAt = DateTimeOffset.UtcNow.AddDays(-8);
            return await db.SaveChangesAsync();
        });

        var refused = await Assert.ThrowsAsync<RpcException>(() => _scenario.CorrectAsync(_scenario.Correction(reportId, painBefore: 1, painAfter: 2)));

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal(3, await _scenario.QueryAsync(db => db.SessionReports.Select(r => r.PainAfter).SingleAsync()));
        Assert.Equal(0, await _scenario.QueryAsync(db => db.AuditTrail.CountAsync(r => r.Action == "session_report.corrected")));
    }

    [Fact]
    public async Task Only_the_patient_corrects_their_own_reports()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3);
        var correction = _scenario.Correction(reportId, painBefore: 1, painAfter: 2);

        foreach (var stranger in new[] { new Caller(Guid.NewGuid(), CallerRole.Patient), new Caller(_scenario.TherapistId, CallerRole.Therapist) })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => _scenario.CorrectAsync(correction, stranger));
            Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        }
        var unknown = _scenario.Correction(Guid.NewGuid(), painBefore: 1, painAfter: 2);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => _scenario.CorrectAsync(unknown))).StatusCode);
        Assert.Equal(3, await _scenario.QueryAsync(db => db.SessionReports.Select(r => r.PainAfter).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_names_every_field_at_fault_and_changes_nothing()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3);
        var correction = _scenario.Correction(reportId, painBefore: -1, painAfter: 11);
        correction.CorrectionId = "not-a-uuid";
        correction.Reason = " ";
        correction.Exercises[0].Rpe = 12;

        var refused = await Assert.ThrowsAsync<RpcException>(() => _scenario.CorrectAsync(correction));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(
            ["correction_id", "pain_before", "pain_after", "exercises[0].rpe", "reason"],
            refused.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(3, await _scenario.QueryAsync(db => db.SessionReports.Select(r => r.PainAfter).SingleAsync()));
    }

    [Fact]
    public async Task An_exercise_that_is_not_in_the_programme_version_is_refused()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3);
        var correction = _scenario.Correction(reportId, painBefore: 1, painAfter: 2);
        correction.Exercises[0].ItemId = Guid.NewGuid().ToString();

        var refused = await Assert.ThrowsAsync<RpcException>(() => _scenario.CorrectAsync(correction));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("exercises[0].item_id", refused.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task Reports_as_sent_are_audited_as_the_patients_own()
    {
        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 10);

        var record = await _scenario.QueryAsync(db => db.AuditTrail.SingleAsync());
        Assert.Equal(("session_report.submitted", $"patient:{_scenario.Patient.Id}", reportId), (record.Action, record.Actor, record.SubjectId));
        Assert.Null(record.Before);
        Assert.Null(record.Reason);
        Assert.Equal((2, 3, 10, "Felt fine"), Values(record.After));
    }

    private static (int PainBefore, int PainAfter, int Reps, string Notes) Values(string? snapshot)
    {
        var json = JsonDocument.Parse(snapshot!).RootElement;
        return (
            json.GetProperty("painBefore").GetInt32(),
            json.GetProperty("painAfter").GetInt32(),
            json.GetProperty("exercises")[0].GetProperty("sets")[0].GetProperty("reps").GetInt32(),
            json.GetProperty("notes").GetString()!);
    }
}
