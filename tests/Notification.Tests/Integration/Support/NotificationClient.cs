using Google.Protobuf;
using Telehealth.Contracts.Audit.V1;
using Telehealth.Contracts.Notification.V1;
using Grpc.Core;
using Telehealth.Testing;
using Grpc.Net.Client;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>Calls telehealth.notification.v1.NotificationService as an app would.</summary>
public sealed class NotificationClient(GrpcChannel channel)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = NotificationReflection.Descriptor.Services[0];

    public async Task<TResponse> CallAsync<TRequest, TResponse>(string methodName, TRequest request, TestCaller? caller)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var method = DescriptorMethods.For<TRequest, TResponse>(Service.FindMethodByName(methodName));
        return await channel.UnaryCall(method, request, new CallOptions(headers: caller?.Headers, deadline: DateTime.UtcNow + TimeSpan.FromSeconds(30)));
    }

    public Task<Preferences> SetPreferencesAsync(TestCaller caller, Action<SetPreferencesRequest> shape)
    {
        var request = new SetPreferencesRequest { RequestId = Guid.NewGuid().ToString() };
        shape(request);
        return CallAsync<SetPreferencesRequest, Preferences>("SetPreferences", request, caller);
    }

    public Task<ListNotificationsResponse> ListAsync(TestCaller caller, int pageSize = 0) =>
        CallAsync<ListNotificationsRequest, ListNotificationsResponse>("ListNotifications", new ListNotificationsRequest { PageSize = pageSize }, caller);

    public Task<Proto.Notification> AcknowledgeAsync(TestCaller caller, string notificationId) =>
        CallAsync<AcknowledgeRequest, Proto.Notification>("Acknowledge", new AcknowledgeRequest { NotificationId = notificationId }, caller);

    public Task<GetDeliveriesResponse> DeliveriesAsync(TestCaller caller, string notificationId) =>
        CallAsync<GetDeliveriesRequest, GetDeliveriesResponse>("GetDeliveries", new GetDeliveriesRequest { NotificationId = notificationId }, caller);

    /// <summary>The patient's audit trail in this service (telehealth.audit.v1.AuditTrail), read by <paramref name="caller"/>.</summary>
    public async Task<ListAuditRecordsResponse> AuditTrailAsync(Guid patientId, TestCaller caller)
    {
        var method = DescriptorMethods.For<ListAuditRecordsRequest, ListAuditRecordsResponse>(AuditReflection.Descriptor.Services[0].FindMethodByName("ListAuditRecords"));
        return await channel.UnaryCall(method, new ListAuditRecordsRequest { PatientId = patientId.ToString() }, new CallOptions(headers: caller.Headers, deadline: DateTime.UtcNow + TimeSpan.FromSeconds(30)));
    }

    public AsyncServerStreamingCall<Proto.Notification> Subscribe(TestCaller caller, long afterCursor)
    {
        var method = DescriptorMethods.For<SubscribeRequest, Proto.Notification>(Service.FindMethodByName("Subscribe"));
        return channel.ServerStreamingCall(method, new SubscribeRequest { AfterCursor = afterCursor }, new CallOptions(headers: caller.Headers));
    }

    /// <summary>The next notification on a stream, failing the test if none comes in time.</summary>
    public static async Task<Proto.Notification> NextAsync(AsyncServerStreamingCall<Proto.Notification> stream, TimeSpan? timeout = null)
    {
        using var waiting = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        Assert.True(await stream.ResponseStream.MoveNext(waiting.Token), "The stream ended.");
        return stream.ResponseStream.Current;
    }

    /// <summary>Fails if anything arrives on the stream within <paramref name="quiet"/>.</summary>
    public static async Task NothingMoreAsync(AsyncServerStreamingCall<Proto.Notification> stream, TimeSpan quiet)
    {
        using var waiting = new CancellationTokenSource(quiet);
        try
        {
            var more = await stream.ResponseStream.MoveNext(waiting.Token);
            Assert.Fail(more ? $"Unexpected notification with cursor {stream.ResponseStream.Current.Cursor}." : "The stream ended.");
        }
        catch (RpcException cancelled) when (cancelled.StatusCode == StatusCode.Cancelled)
        {
        }
        catch (OperationCanceledException)
        {
        }
    }
}
