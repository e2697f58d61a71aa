using Google.Protobuf;
using Google.Rpc;
using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Notification.V1;
using Grpc.Core;
using Telehealth.Notification.Tests.Integration.Support;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Integration;

/// <summary>Bad input answers INVALID_ARGUMENT naming the fields at fault (or NOT_FOUND for someone else's notification) and writes nothing.</summary>
[Collection(NotificationCollection.Name)]
public sealed class BadInputTests(NotificationSystem system)
{
    private static readonly string[] Tables = ["recipients", "notifications", "deliveries", "processed_requests", "outbox"];

    // An empty request → the fields it must name (null: the RPC needs no field and answers).
    private static readonly Dictionary<string, string[]?> EmptyRequests = new()
    {
        ["SetPreferences"] = ["request_id"],
        ["GetPreferences"] = null,
        ["ListNotifications"] = null,
        ["MarkRead"] = ["notification_id"],
        ["Acknowledge"] = ["notification_id"],
        ["GetDeliveries"] = ["notification_id"],
    };

    public static TheoryData<string> UnaryMethods => new(
        NotificationReflection.Descriptor.Services[0].Methods.Where(m => !m.IsServerStreaming).Select(m => m.Name));

    [Theory]
    [MemberData(nameof(UnaryMethods))]
    public async Task An_empty_request_names_the_missing_fields_and_writes_nothing(string rpc)
    {
        Assert.True(EmptyRequests.TryGetValue(rpc, out var fields), $"{rpc} has no bad-input expectation.");
        var method = NotificationReflection.Descriptor.Services[0].FindMethodByName(rpc);
        var request = (IMessage)Activator.CreateInstance(method.InputType.ClrType)!;
        var before = Rows();

        var call = typeof(NotificationClient).GetMethod(nameof(NotificationClient.CallAsync))!.MakeGenericMethod(method.InputType.ClrType, method.OutputType.ClrType);
        var task = (Task)call.Invoke(system.Client, [rpc, request, TestCaller.NewPatient()])!;
        if (fields is null)
        {
            await task;
            return;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => task);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(fields, FieldsOf(error));
        Assert.Equal(before, Rows());
    }

    [Fact]
    public async Task Bad_preferences_name_every_field_at_fault_and_write_nothing()
    {
        var patient = TestCaller.NewPatient();
        var before = Rows();

        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.SetPreferencesAsync(patient, r =>
        {
            r.Channels.Add(Proto.Channel.Email);
            r.Email = "not-an-email";
            r.WebhookUrl = "ftp://push.example/hook";
            r.TimeZone = "Mars/Olympus_Mons";
            r.QuietHours = new Proto.QuietHours { Start = "25:00", End = "07:00" };
        }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["email", "webhook_url", "time_zone", "quiet_hours.start"], FieldsOf(error));
        Assert.Equal(before, Rows());
    }

    [Theory]
    [InlineData("America/Springfield", "time_zone")]
    [InlineData("UTC+2", "time_zone")]
    public async Task A_time_zone_that_is_not_IANA_is_refused(string zone, string field)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.SetPreferencesAsync(TestCaller.NewTherapist(), r => r.TimeZone = zone));

        Assert.Equal([field], FieldsOf(error));
    }

    [Fact]
    public async Task An_unknown_or_malformed_recipient_is_refused()
    {
        var @operator = TestCaller.NewOperator();

        var unknown = await Assert.ThrowsAsync<RpcException>(() => system.Client.SetPreferencesAsync(@operator, r => r.RecipientId = Guid.NewGuid().ToString()));
        var malformed = await Assert.ThrowsAsync<RpcException>(() => system.Client.CallAsync<GetPreferencesRequest, Preferences>(
            "GetPreferences", new GetPreferencesRequest { RecipientId = "therapist-17" }, @operator));
        var notYours = await Assert.ThrowsAsync<RpcException>(() => system.Client.SetPreferencesAsync(TestCaller.NewPatient(), r => r.RecipientId = Guid.NewGuid().ToString()));

        Assert.Equal((StatusCode.InvalidArgument, "recipient_id"), (unknown.StatusCode, FieldsOf(unknown).Single()));
        Assert.Contains("not a known recipient", unknown.Status.Detail);
        Assert.Equal((StatusCode.InvalidArgument, "recipient_id"), (malformed.StatusCode, FieldsOf(malformed).Single()));
        Assert.Equal(StatusCode.PermissionDenied, notYours.StatusCode);
    }

    [Fact]
    public async Task An_operator_may_set_the_preferences_of_a_recipient_the_service_knows()
    {
        var patient = TestCaller.NewPatient();
        await system.Bus.PublishAsync(new MovementBreakDue(Guid.NewGuid(), patient.Id, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(() => system.Client.ListAsync(patient), r => r.LatestCursor == 1, "the patient to be known");

        var set = await system.Client.SetPreferencesAsync(TestCaller.NewOperator(), r =>
        {
            r.RecipientId = patient.Id.ToString();
            r.TimeZone = "Europe/Berlin";
        });

        Assert.Equal("Europe/Berlin", set.TimeZone);
        Assert.Equal("Europe/Berlin", (await system.Client.CallAsync<GetPreferencesRequest, Preferences>("GetPreferences", new GetPreferencesRequest(), patient)).TimeZone);
    }

    [Fact]
    public async Task Someone_elses_notification_is_not_found_and_a_malformed_id_is_named()
    {
        var patient = TestCaller.NewPatient();
        await system.Bus.PublishAsync(new MovementBreakDue(Guid.NewGuid(), patient.Id, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        var theirs = (await Eventually.HoldsAsync(() => system.Client.ListAsync(patient), r => r.Notifications.Count == 1, "a notification")).Notifications[0];
        var stranger = TestCaller.NewPatient();
        var before = Rows();

        var errors = new[]
        {
            await Assert.ThrowsAsync<RpcException>(() => system.Client.AcknowledgeAsync(stranger, theirs.NotificationId)),
            await Assert.ThrowsAsync<RpcException>(() => system.Client.CallAsync<MarkReadRequest, Proto.Notification>("MarkRead", new MarkReadRequest { NotificationId = theirs.NotificationId }, stranger)),
            await Assert.ThrowsAsync<RpcException>(() => system.Client.DeliveriesAsync(stranger, theirs.NotificationId)),
        };
        var malformed = await Assert.ThrowsAsync<RpcException>(() => system.Client.AcknowledgeAsync(stranger, "notification-1"));

        Assert.All(errors, e => Assert.Equal(StatusCode.NotFound, e.StatusCode));
        Assert.All(errors, e => Assert.StartsWith("notification_id:", e.Status.Detail));
        Assert.Equal((StatusCode.InvalidArgument, "notification_id"), (malformed.StatusCode, FieldsOf(malformed).Single()));
        Assert.Null((await system.Client.ListAsync(patient)).Notifications[0].AcknowledgedAt);
        Assert.Equal(before, Rows());
    }

    [Fact]
    public async Task Paging_and_cursors_out_of_range_are_named()
    {
        var caller = TestCaller.NewPatient();

        var page = await Assert.ThrowsAsync<RpcException>(() => system.Client.ListAsync(caller, pageSize: 1000));
        using var stream = system.Client.Subscribe(caller, afterCursor: -5);
        var cursor = await Assert.ThrowsAsync<RpcException>(() => stream.ResponseStream.MoveNext());

        Assert.Equal(["page_size"], FieldsOf(page));
        Assert.Equal((StatusCode.InvalidArgument, "after_cursor"), (cursor.StatusCode, FieldsOf(cursor).Single()));
    }

    [Fact]
    public async Task A_call_without_an_identity_is_unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            system.Client.CallAsync<ListNotificationsRequest, ListNotificationsResponse>("ListNotifications", new ListNotificationsRequest(), caller: null));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task Setting_preferences_again_under_the_same_request_id_returns_the_first_answer()
    {
        var therapist = TestCaller.NewTherapist();
        var requestId = Guid.NewGuid().ToString();

        var first = await system.Client.SetPreferencesAsync(therapist, r => (r.RequestId, r.TimeZone) = (requestId, "Europe/Paris"));
        var retry = await system.Client.SetPreferencesAsync(therapist, r => (r.RequestId, r.TimeZone) = (requestId, "Asia/Tokyo"));

        Assert.Equal(first, retry);
        Assert.Equal("Europe/Paris", (await system.Client.CallAsync<GetPreferencesRequest, Preferences>("GetPreferences", new GetPreferencesRequest(), therapist)).TimeZone);
    }

    private static string[] FieldsOf(RpcException error) =>
        error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToArray() ?? [];

    private IReadOnlyDictionary<string, long> Rows() => DatabaseRows.CountAll(system.DatabaseFile, Tables);
}
