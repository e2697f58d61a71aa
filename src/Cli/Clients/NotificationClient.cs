using Telehealth.Cli.Connection;
using Telehealth.Contracts.Notification.V1;
using Grpc.Core;

namespace Telehealth.Cli.Clients;

/// <summary>The notification service: the caller's inbox and its live stream.</summary>
internal sealed class NotificationClient(ServiceConnection connection)
{
    private readonly NotificationService.NotificationServiceClient _client = new(connection.Invoker);

    public ServiceConnection Connection => connection;

    public Task<ListNotificationsResponse> ListAsync(ListNotificationsRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync("ListNotifications", options => _client.ListNotificationsAsync(request, options), cancellationToken);

    public Task<Notification> MarkReadAsync(string notificationId, CancellationToken cancellationToken) =>
        connection.CallAsync("MarkRead", options => _client.MarkReadAsync(new MarkReadRequest { NotificationId = notificationId }, options), cancellationToken);

    public Task<Notification> AcknowledgeAsync(string notificationId, CancellationToken cancellationToken) =>
        connection.CallAsync("Acknowledge", options => _client.AcknowledgeAsync(new AcknowledgeRequest { NotificationId = notificationId }, options), cancellationToken);

    /// <summary>Every notification after <paramref name="afterCursor"/>, then each new one, until cancelled.</summary>
    public IAsyncEnumerable<Notification> SubscribeAsync(long afterCursor, CancellationToken cancellationToken) =>
        connection.StreamAsync("Subscribe", options => _client.Subscribe(new SubscribeRequest { AfterCursor = afterCursor }, options), cancellationToken);
}
