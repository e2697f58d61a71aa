using Telehealth.Cli.Connection;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Grpc.Client;

namespace Telehealth.Cli.Clients;

/// <summary>The notification service: the caller's inbox and its live stream.</summary>
internal sealed class NotificationClient(ServiceConnection connection)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = NotificationReflection.Descriptor.Services[0];
    private static readonly Method<ListNotificationsRequest, ListNotificationsResponse> ListMethod = Rpc.Of<ListNotificationsRequest, ListNotificationsResponse>(Service, "ListNotifications");
    private static readonly Method<MarkReadRequest, Notification> MarkReadMethod = Rpc.Of<MarkReadRequest, Notification>(Service, "MarkRead");
    private static readonly Method<AcknowledgeRequest, Notification> AcknowledgeMethod = Rpc.Of<AcknowledgeRequest, Notification>(Service, "Acknowledge");
    private static readonly Method<SubscribeRequest, Notification> SubscribeMethod = Rpc.Of<SubscribeRequest, Notification>(Service, "Subscribe");

    public ServiceConnection Connection => connection;

    public Task<ListNotificationsResponse> ListAsync(ListNotificationsRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync(ListMethod, request, cancellationToken);

    public Task<Notification> MarkReadAsync(string notificationId, CancellationToken cancellationToken) =>
        connection.CallAsync(MarkReadMethod, new MarkReadRequest { NotificationId = notificationId }, cancellationToken);

    public Task<Notification> AcknowledgeAsync(string notificationId, CancellationToken cancellationToken) =>
        connection.CallAsync(AcknowledgeMethod, new AcknowledgeRequest { NotificationId = notificationId }, cancellationToken);

    /// <summary>Every notification after <paramref name="afterCursor"/>, then each new one, until cancelled.</summary>
    public IAsyncEnumerable<Notification> SubscribeAsync(long afterCursor, CancellationToken cancellationToken) =>
        connection.StreamAsync(SubscribeMethod, new SubscribeRequest { AfterCursor = afterCursor }, cancellationToken);
}
