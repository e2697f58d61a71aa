using Microsoft.AspNetCore.Authorization;
using Grpc.Core;
using Telehealth.Notification.Inbox;
using Telehealth.Notification.Recipients;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Grpc;

/// <summary>telehealth.notification.v1.NotificationService: who is calling, then the use case.</summary>
[Authorize(Policy = CallerPolicies.Caller)]
public sealed class NotificationApi(RecipientDirectory recipients, InboxQueries inbox, InboxActions actions, InboxStream stream) : Proto.NotificationService.NotificationServiceBase
{
    public override Task<Proto.Preferences> SetPreferences(Proto.SetPreferencesRequest request, ServerCallContext context) =>
        recipients.SetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Proto.Preferences> GetPreferences(Proto.GetPreferencesRequest request, ServerCallContext context) =>
        recipients.GetAsync(request, context.GetCaller(), context.CancellationToken);

    [Authorize(Policy = CallerPolicies.PatientOrTherapist)]
    public override Task<Proto.ListNotificationsResponse> ListNotifications(Proto.ListNotificationsRequest request, ServerCallContext context) =>
        inbox.ListAsync(request, InboxOwner(context), context.CancellationToken);

    public override Task<Proto.Notification> MarkRead(Proto.MarkReadRequest request, ServerCallContext context) =>
        actions.MarkReadAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Proto.Notification> Acknowledge(Proto.AcknowledgeRequest request, ServerCallContext context) =>
        actions.AcknowledgeAsync(request, context.GetCaller(), context.CancellationToken);

    [Authorize(Policy = CallerPolicies.PatientOrTherapist)]
    public override Task Subscribe(Proto.SubscribeRequest request, IServerStreamWriter<Proto.Notification> responseStream, ServerCallContext context) =>
        stream.StreamAsync(InboxOwner(context).Id, request.AfterCursor, responseStream, context);

    public override Task<Proto.GetDeliveriesResponse> GetDeliveries(Proto.GetDeliveriesRequest request, ServerCallContext context) =>
        inbox.DeliveriesAsync(request, context.GetCaller(), context.CancellationToken);

    // Only patients and therapists have an inbox: nothing is addressed to operators, and what
    // notifications say is clinical content an operator does not read.
    private static Caller InboxOwner(ServerCallContext context) =>
        context.GetCaller().Require(CallerRole.Patient, CallerRole.Therapist);
}
