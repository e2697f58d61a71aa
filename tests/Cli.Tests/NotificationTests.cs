using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Notification.V1;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

public sealed class NotificationTests : IAsyncLifetime
{
    private const string List = "NotificationService/ListNotifications";
    private const string Subscribe = "NotificationService/Subscribe";
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;
    private string _token = "";

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _token = TestTokens.For(CallerRole.Patient, Guid.NewGuid());
        _cli = CliRunner.For(_system, _token);
        Backend.On<ListNotificationsRequest, ListNotificationsResponse>(List, _ => new ListNotificationsResponse
        {
            LatestCursor = 41,
            UnreadCount = 1,
            Notifications = { Notification(41, "Time for your exercises", Priority.Normal) },
        });
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task List_shows_the_inbox_and_the_unread_count()
    {
        var result = await _cli.RunAsync("patient", "notifications", "list", "--unread", "--limit", "20");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 unread.", result.Out);
        Assert.Contains("Time for your exercises", result.Out);
        Assert.Contains("session-reminder", result.Out);
        var request = Backend.Request<ListNotificationsRequest>(List);
        Assert.True(request.UnreadOnly);
        Assert.Equal(20, request.PageSize);
    }

    [Fact]
    public async Task Notifications_alone_lists()
    {
        var result = await _cli.RunAsync("therapist", "notifications", "--unread");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Time for your exercises", result.Out);
        Assert.True(Backend.Request<ListNotificationsRequest>(List).UnreadOnly);
    }

    [Fact]
    public async Task Watch_prints_each_notification_as_a_json_line_as_it_arrives_until_cancelled()
    {
        var more = new TaskCompletionSource();
        Backend.OnStream<SubscribeRequest, Notification>(Subscribe, async (request, write, cancellation) =>
        {
            await write(Notification(request.AfterCursor + 1, "Red flag reported", Priority.Urgent));
            await more.Task.WaitAsync(cancellation);
            await write(Notification(request.AfterCursor + 2, "Review booked", Priority.Normal));
            await Task.Delay(Timeout.Infinite, cancellation);
        });
        using var cancel = new CancellationTokenSource();
        var output = new CapturedWriter();

        var watching = _cli.RunAsync(["patient", "notifications", "watch", "--json"], output, cancel.Token);
        await output.WaitUntilAsync(text => text.Contains("Red flag reported"));
        Assert.DoesNotContain("Review booked", output.Text);
        more.SetResult();
        await output.WaitUntilAsync(text => text.Contains("Review booked"));
        cancel.Cancel();
        var result = await watching.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["42", "43"], lines.Select(line => line.GetProperty("cursor").GetString()));
        Assert.Equal("URGENT", lines[0].GetProperty("priority").GetString());
        var subscribe = Assert.Single(Backend.Calls(Subscribe));
        Assert.Equal(41, ((SubscribeRequest)subscribe.Request).AfterCursor);
        Assert.Equal($"Bearer {_token}", subscribe.Authorization);
        Assert.Contains("Ctrl+C to stop", result.Error);
    }

    [Fact]
    public async Task Watch_resumes_after_a_lost_stream_from_the_last_cursor_seen()
    {
        Backend.OnStream<SubscribeRequest, Notification>(Subscribe, async (request, write, cancellation) =>
        {
            await write(Notification(request.AfterCursor + 1, $"after {request.AfterCursor}", Priority.Normal));
            if (request.AfterCursor == 5)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, "The service is stopping"));
            }
            await Task.Delay(Timeout.Infinite, cancellation);
        });
        using var cancel = new CancellationTokenSource();
        var output = new CapturedWriter();

        var watching = _cli.RunAsync(["patient", "notifications", "watch", "--after", "5"], output, cancel.Token);
        await output.WaitUntilAsync(text => text.Contains("after 6"));
        cancel.Cancel();
        var result = await watching.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([5, 6], Backend.Calls(Subscribe).Select(c => ((SubscribeRequest)c.Request).AfterCursor));
        Assert.Contains("after 5", result.Out);
        Assert.Contains("Lost the notification service (The service is stopping); reconnecting", result.Error);
    }

    [Fact]
    public async Task Watch_fails_at_once_when_the_service_is_not_there()
    {
        _cli.Environment["TELEHEALTH_NOTIFICATION_URL"] = $"http://127.0.0.1:{FreePort.Closed()}";

        var result = await _cli.RunAsync("patient", "notifications", "watch");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("Could not reach the notification service", result.Error);
    }

    [Fact]
    public async Task Read_and_acknowledge_send_the_notification_id()
    {
        var id = Guid.NewGuid().ToString();
        Backend.On<MarkReadRequest, Notification>("NotificationService/MarkRead", request => Notification(41, "Time for your exercises", Priority.Normal));
        Backend.On<AcknowledgeRequest, Notification>("NotificationService/Acknowledge", request => Notification(42, "Red flag", Priority.Urgent));

        var read = await _cli.RunAsync("patient", "notifications", "read", id);
        var acknowledged = await _cli.RunAsync("therapist", "notifications", "acknowledge", id);

        Assert.True(read.ExitCode == 0, read.ToString());
        Assert.True(acknowledged.ExitCode == 0, acknowledged.ToString());
        Assert.Equal(id, Backend.Request<MarkReadRequest>("NotificationService/MarkRead").NotificationId);
        Assert.Equal(id, Backend.Request<AcknowledgeRequest>("NotificationService/Acknowledge").NotificationId);
    }

    [Fact]
    public async Task The_table_has_a_patient_column_with_the_short_id_commands_take()
    {
        var patient = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        var alert = Notification(7, "Pain flare reported", Priority.Urgent);
        alert.PatientId = patient;
        var note = Notification(6, "Review booked", Priority.Normal);
        Backend.On<ListNotificationsRequest, ListNotificationsResponse>(List, _ => new ListNotificationsResponse { Notifications = { alert, note } });

        var result = await _cli.RunAsync("therapist", "notifications");

        Assert.True(result.ExitCode == 0, result.ToString());
        var header = result.Out.Split('\n').First(line => line.Contains("Priority"));
        Assert.True(header.IndexOf("Patient", StringComparison.Ordinal) > header.IndexOf("Kind", StringComparison.Ordinal), header);
        var row = result.Out.Split('\n').First(line => line.Contains("Pain flare reported"));
        Assert.Contains("3f2504e0", row);
        Assert.DoesNotContain(patient, row);
        Assert.Contains(alert.NotificationId[..8], row);
        Assert.DoesNotContain(alert.NotificationId, row);
        Assert.Contains("—", result.Out.Split('\n').First(line => line.Contains("Review booked")));
    }

    [Fact]
    public async Task Read_finds_a_notification_by_the_start_of_its_id_across_pages()
    {
        var older = Notification(3, "Older one", Priority.Normal);
        older.NotificationId = "0ddba11a-0000-4000-8000-000000000003";
        Backend.On<ListNotificationsRequest, ListNotificationsResponse>(List, request => request.BeforeCursor == 0
            ? new ListNotificationsResponse { Notifications = { Notification(41, "Newest", Priority.Normal) }, NextBeforeCursor = 41 }
            : new ListNotificationsResponse { Notifications = { older } });
        Backend.On<MarkReadRequest, Notification>("NotificationService/MarkRead", _ => older);

        var result = await _cli.RunAsync("patient", "notifications", "read", "0ddba11a");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(older.NotificationId, Backend.Request<MarkReadRequest>("NotificationService/MarkRead").NotificationId);
        Assert.Equal([0L, 41L], Backend.Calls(List).Select(c => ((ListNotificationsRequest)c.Request).BeforeCursor));
        Assert.All(Backend.Calls(List), c => Assert.Equal(200, ((ListNotificationsRequest)c.Request).PageSize));
    }

    [Fact]
    public async Task Acknowledge_with_a_start_no_notification_has_is_not_found()
    {
        var result = await _cli.RunAsync("therapist", "notifications", "acknowledge", "dead0000");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("Error: No notification in your inbox starts with 'dead0000'.", result.Error.Trim());
        Assert.Empty(Backend.Calls("NotificationService/Acknowledge"));
    }

    private static Notification Notification(long cursor, string title, Priority priority) => new()
    {
        NotificationId = Guid.NewGuid().ToString(),
        Cursor = cursor,
        Kind = priority == Priority.Urgent ? NotificationKind.RedFlag : NotificationKind.SessionReminder,
        Priority = priority,
        Title = title,
        Body = "Details in the app",
        CreatedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
    };
}
