using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.Data.Sqlite;
using Telehealth.Contracts.Audit.V1;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;
using SchedulingV1 = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>
/// Every clinical change leaves an audit record in the service that made it: the patient's
/// therapist and the patient read them over gRPC, nobody else does, and nothing can change them.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed class AuditTrailTests(ClinicalSystem system)
{
    [Fact]
    public async Task A_therapist_reads_the_trail_of_an_adjustment_with_who_when_why_before_and_after()
    {
        var scenario = new ClinicalScenario(system);
        var programme = await scenario.PrescribeAsync();
        var adjustedAt = DateTimeOffset.UtcNow;
        await AdjustLoadAsync(scenario, programme, 22.5, "Tolerating 20 kg well at review");

        var trail = await ListAsync("prescription", scenario.Patient, scenario.Therapist);

        Assert.Equal(["programme.adjusted", "programme.prescribed"], trail.Records.Select(r => r.Action));
        var adjusted = trail.Records[0];
        Assert.Equal($"therapist:{scenario.Therapist.Id}", adjusted.Actor);
        Assert.Equal(programme.ProgrammeId, adjusted.SubjectId);
        Assert.Equal("Tolerating 20 kg well at review", adjusted.Reason);
        Assert.InRange(adjusted.OccurredAt.ToDateTimeOffset(), adjustedAt.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(20m, LoadOf(adjusted.BeforeJson));
        Assert.Equal(22.5m, LoadOf(adjusted.AfterJson));
        Assert.Equal("", trail.Records[1].BeforeJson);
        Assert.All(trail.Records, record => Assert.Equal(1, record.SchemaVersion));
        Assert.True(adjusted.Sequence > trail.Records[1].Sequence);
        Assert.Equal("", trail.NextPageToken);
    }

    [Fact]
    public async Task The_patient_reads_their_own_trail_and_other_therapists_and_operators_read_nothing()
    {
        var scenario = new ClinicalScenario(system);
        var programme = await scenario.PrescribeAsync();
        await AdjustLoadAsync(scenario, programme, 22.5, "Load up");

        var own = await ListAsync("prescription", scenario.Patient, scenario.Patient);
        Assert.Equal(["programme.adjusted", "programme.prescribed"], own.Records.Select(r => r.Action));

        foreach (var stranger in new[] { TestCaller.NewTherapist(), TestCaller.NewPatient() })
        {
            var hidden = await Assert.ThrowsAsync<RpcException>(() => ListAsync("prescription", scenario.Patient, stranger));
            Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        }
        var refused = await Assert.ThrowsAsync<RpcException>(() => ListAsync("prescription", scenario.Patient, TestCaller.NewOperator()));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public async Task Pages_follow_one_another_newest_first_without_gaps()
    {
        var scenario = new ClinicalScenario(system);
        var programme = await scenario.PrescribeAsync();
        await AdjustLoadAsync(scenario, programme, 22.5, "Load up");

        var first = await ListAsync("prescription", scenario.Patient, scenario.Therapist, pageSize: 1);
        var second = await ListAsync("prescription", scenario.Patient, scenario.Therapist, pageSize: 1, first.NextPageToken);

        Assert.Equal("programme.adjusted", Assert.Single(first.Records).Action);
        Assert.Equal("programme.prescribed", Assert.Single(second.Records).Action);
        Assert.Equal("", second.NextPageToken);
    }

    [Fact]
    public async Task A_bad_request_names_every_field_at_fault()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => system.AuditTrail("progress").CallAsync<ListAuditRecordsRequest, ListAuditRecordsResponse>(
            "ListAuditRecords", new ListAuditRecordsRequest { PatientId = "someone", PageSize = 5000, PageToken = "not a token" }, TestCaller.NewTherapist()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["patient_id", "page_size", "page_token"], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task Each_service_records_its_clinical_changes_and_no_api_or_statement_can_change_them()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();
        var preferences = new SchedulingV1.SetPreferencesRequest { RequestId = Guid.NewGuid().ToString(), PatientId = scenario.Patient.Id.ToString(), TimeZone = "Europe/London" };
        await system.Scheduling.CallAsync<SchedulingV1.SetPreferencesRequest, SchedulingV1.Preferences>("SetPreferences", preferences, scenario.Patient);
        var report = scenario.Report(1, reps: 10, loadKg: 20, painBefore: 2, painAfter: 3);
        report.RedFlags.Add(new RedFlagAnswer { Flag = RedFlag.NewSaddleNumbness, Present = true });
        await scenario.SubmitAsync(report);
        var alert = await Eventually.SucceedsAsync(
            () => system.Notification.CallAsync<ListNotificationsRequest, ListNotificationsResponse>("ListNotifications", new ListNotificationsRequest(), scenario.Therapist),
            inbox => inbox.Notifications.Any(n => n.Kind == NotificationKind.RedFlag));
        var redFlag = alert.Notifications.First(n => n.Kind == NotificationKind.RedFlag);
        await system.Notification.CallAsync<AcknowledgeRequest, Contracts.Notification.V1.Notification>("Acknowledge", new AcknowledgeRequest { NotificationId = redFlag.NotificationId }, scenario.Therapist);

        Assert.Contains("programme.prescribed", await ActionsAsync("prescription", scenario));
        Assert.Contains("session_report.submitted", await ActionsAsync("progress", scenario));
        Assert.Contains("preferences.set", await ActionsAsync("scheduling", scenario));
        var acknowledged = (await Eventually.SucceedsAsync(() => ListAsync("notification", scenario.Patient, scenario.Therapist), trail => trail.Records.Count > 0))
            .Records.Single(r => r.Action == "alert.acknowledged");
        Assert.Equal((redFlag.NotificationId, $"therapist:{scenario.Therapist.Id}"), (acknowledged.SubjectId, acknowledged.Actor));

        Assert.Equal(["ListAuditRecords"], AuditReflection.Descriptor.Services[0].Methods.Select(m => m.Name));
        foreach (var database in new[] { "prescriptiondb", "progressdb", "schedulingdb", "notificationdb" })
        {
            foreach (var statement in new[] { "UPDATE audit_records SET Reason = 'rewritten'", "DELETE FROM audit_records" })
            {
                var refused = Assert.Throws<SqliteException>(() => Execute(system.DatabaseFile(database), statement));
                Assert.Contains("append-only", refused.Message);
            }
        }
        Assert.Contains("programme.prescribed", await ActionsAsync("prescription", scenario));
    }

    private async Task<IReadOnlyList<string>> ActionsAsync(string service, ClinicalScenario scenario) =>
        (await Eventually.SucceedsAsync(() => ListAsync(service, scenario.Patient, scenario.Therapist), trail => trail.Records.Count > 0)).Records.Select(r => r.Action).ToList();

    private Task<ListAuditRecordsResponse> ListAsync(string service, TestCaller patient, TestCaller caller, int pageSize = 0, string pageToken = "") =>
        system.AuditTrail(service).CallAsync<ListAuditRecordsRequest, ListAuditRecordsResponse>("ListAuditRecords",
            new ListAuditRecordsRequest { PatientId = patient.Id.ToString(), PageSize = pageSize, PageToken = pageToken }, caller);

    private Task<Programme> AdjustLoadAsync(ClinicalScenario scenario, Programme programme, double loadKg, string reason)
    {
        var item = programme.Items[0];
        return system.Prescription.CallAsync<AdjustProgrammeRequest, Programme>("AdjustProgramme", new AdjustProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            ProgrammeId = programme.ProgrammeId,
            ExpectedVersion = programme.Version,
            Reason = reason,
            Items =
            {
                new ProgrammeItemInput
                {
                    ItemId = item.ItemId,
                    ExerciseId = item.ExerciseId,
                    Phase = RehabPhase.Strength,
                    Mode = MovementMode.Dynamic,
                    Dosage = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = loadKg, SessionsPerWeek = 3 },
                },
            },
        }, scenario.Therapist);
    }

    private static decimal LoadOf(string snapshot) =>
        JsonDocument.Parse(snapshot).RootElement.GetProperty("items")[0].GetProperty("dosage").GetProperty("loadKg").GetDecimal();

    private static void Execute(string databaseFile, string statement)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }
}
