using System.Text.Json;
using Telehealth.Contracts.Events.V1;
using Grpc.Core;
using Telehealth.Notification.Tests.Integration.Support;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Integration;

/// <summary>
/// A therapist's acknowledgement of an alert is in the patient's audit trail, once, for them and
/// the patient only. Whose caseload a patient is in comes from prescription's programme events.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class AuditTrailTests(NotificationSystem system)
{
    [Fact]
    public async Task Acknowledging_a_red_flag_is_recorded_once_with_the_therapist_and_the_time()
    {
        var therapist = TestCaller.NewTherapist();
        var patient = TestCaller.NewPatient();
        await PrescribeAsync(patient, therapist);
        await system.Bus.PublishAsync(new RedFlagReported(Guid.NewGuid(), patient.Id, therapist.Id, ["NewSaddleNumbness"], "Seek urgent care now.", DateTimeOffset.UtcNow));
        var inbox = await Eventually.HoldsAsync(() => system.Client.ListAsync(therapist), r => r.Notifications.Any(n => n.Kind == Proto.NotificationKind.RedFlag), "the red flag");
        var alert = inbox.Notifications.First(n => n.Kind == Proto.NotificationKind.RedFlag);

        var acknowledged = await system.Client.AcknowledgeAsync(therapist, alert.NotificationId);
        await system.Client.AcknowledgeAsync(therapist, alert.NotificationId);

        var record = Assert.Single((await system.Client.AuditTrailAsync(patient.Id, therapist)).Records);
        Assert.Equal(("alert.acknowledged", $"therapist:{therapist.Id}", alert.NotificationId), (record.Action, record.Actor, record.SubjectId));
        Assert.Equal(acknowledged.AcknowledgedAt, record.OccurredAt);
        var before = JsonDocument.Parse(record.BeforeJson).RootElement;
        var after = JsonDocument.Parse(record.AfterJson).RootElement;
        Assert.Equal(("RedFlag", JsonValueKind.Null), (before.GetProperty("kind").GetString(), before.GetProperty("acknowledgedAt").ValueKind));
        Assert.Equal(acknowledged.AcknowledgedAt.ToDateTimeOffset(), after.GetProperty("acknowledgedAt").GetDateTimeOffset());

        Assert.Single((await system.Client.AuditTrailAsync(patient.Id, patient)).Records);
    }

    [Fact]
    public async Task Other_therapists_other_patients_and_operators_read_nothing()
    {
        var therapist = TestCaller.NewTherapist();
        var patient = TestCaller.NewPatient();
        await PrescribeAsync(patient, therapist);
        await system.Bus.PublishAsync(new PainFlareDetected(Guid.NewGuid(), patient.Id, therapist.Id, Guid.NewGuid(), 2, 7, "Pain rose by 5 points.", DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(() => system.Client.ListAsync(therapist), r => r.Notifications.Count > 0, "the flare");
        Assert.Empty((await system.Client.AuditTrailAsync(patient.Id, therapist)).Records);

        foreach (var stranger in new[] { TestCaller.NewTherapist(), TestCaller.NewPatient() })
        {
            var hidden = await Assert.ThrowsAsync<RpcException>(() => system.Client.AuditTrailAsync(patient.Id, stranger));
            Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        }
        var refused = await Assert.ThrowsAsync<RpcException>(() => system.Client.AuditTrailAsync(patient.Id, TestCaller.NewOperator()));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public async Task A_therapist_reads_the_trail_of_a_patient_they_prescribed_for_before_any_notification_about_them()
    {
        var therapist = TestCaller.NewTherapist();
        var other = TestCaller.NewTherapist();
        var patient = TestCaller.NewPatient();

        await PrescribeAsync(patient, therapist);

        Assert.Empty((await system.Client.ListAsync(therapist)).Notifications);
        Assert.Empty((await system.Client.AuditTrailAsync(patient.Id, therapist)).Records);
        var hidden = await Assert.ThrowsAsync<RpcException>(() => system.Client.AuditTrailAsync(patient.Id, other));
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task A_therapist_notified_about_a_patient_outside_their_caseload_reads_nothing()
    {
        var therapist = TestCaller.NewTherapist();
        var patient = TestCaller.NewPatient();
        await PrescribeAsync(patient, TestCaller.NewTherapist());
        await system.Bus.PublishAsync(new PainFlareDetected(Guid.NewGuid(), patient.Id, therapist.Id, Guid.NewGuid(), 2, 7, "Pain rose by 5 points.", DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(() => system.Client.ListAsync(therapist), r => r.Notifications.Count > 0, "the flare");

        var hidden = await Assert.ThrowsAsync<RpcException>(() => system.Client.AuditTrailAsync(patient.Id, therapist));

        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
    }

    /// <summary>Publishes what prescription does on prescribing, and waits until this service has taken the patient into the therapist's caseload.</summary>
    private async Task PrescribeAsync(TestCaller patient, TestCaller therapist)
    {
        await system.Bus.PublishAsync(new ProgrammePrescribed(Guid.NewGuid(), patient.Id, therapist.Id, 1, [], 14, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(() => CanReadTrailAsync(patient, therapist), readable => readable, "the patient in the therapist's caseload");
    }

    private async Task<bool> CanReadTrailAsync(TestCaller patient, TestCaller therapist)
    {
        try
        {
            await system.Client.AuditTrailAsync(patient.Id, therapist);
            return true;
        }
        catch (RpcException denied) when (denied.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    }
}
