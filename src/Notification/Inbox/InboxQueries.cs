using Microsoft.EntityFrameworkCore;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Grpc;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Inbox;

/// <summary>The caller's inbox, a page at a time, and how each notification went out.</summary>
public sealed class InboxQueries(NotificationDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = RequestLimits.PageSize;

    public async Task<Proto.ListNotificationsResponse> ListAsync(Proto.ListNotificationsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().InRange("page_size", request.PageSize, 0, MaxPageSize);
        if (request.BeforeCursor < 0)
        {
            errors.Add("before_cursor", "must be 0 or more");
        }
        Guid? patientId = request.PatientId.Length > 0 ? errors.Uuid("patient_id", request.PatientId) : null;
        errors.ThrowIfAny();
        var size = request.PageSize == 0 ? DefaultPageSize : request.PageSize;

        var inbox = db.Notifications.AsNoTracking().Where(n => n.RecipientId == caller.Id);
        var page = inbox;
        if (request.BeforeCursor > 0)
        {
            page = page.Where(n => n.Sequence < request.BeforeCursor);
        }
        if (request.UnreadOnly)
        {
            page = page.Where(n => n.ReadAt == null);
        }
        if (patientId is { } patient)
        {
            // Within the caller's own inbox: a patient id outside it finds nothing rather than anyone else's.
            page = page.Where(n => n.PatientId == patient);
        }
        var found = await page.OrderByDescending(n => n.Sequence).Take(size + 1).ToListAsync(cancellationToken);
        var response = new Proto.ListNotificationsResponse
        {
            NextBeforeCursor = found.Count > size ? found[size - 1].Sequence : 0,
            LatestCursor = await db.Recipients.Where(r => r.Id == caller.Id).Select(r => r.LastSequence).FirstOrDefaultAsync(cancellationToken),
            UnreadCount = await inbox.CountAsync(n => n.ReadAt == null, cancellationToken),
        };
        var shown = found.Take(size).ToList();
        if (!request.GroupRoutine)
        {
            response.Notifications.AddRange(shown.Select(NotificationMapping.ToProto));
            return response;
        }
        var recipient = await db.Recipients.AsNoTracking().FirstOrDefaultAsync(r => r.Id == caller.Id, cancellationToken);
        var zone = recipient?.Preferences().Zone ?? NodaTime.DateTimeZone.Utc;
        response.Notifications.AddRange(shown.Where(n => !RoutineGroups.IsRoutine(n)).Select(NotificationMapping.ToProto));
        response.Groups.AddRange(RoutineGroups.Of(shown, zone).Select(NotificationMapping.ToProto));
        return response;
    }

    /// <summary>For the recipient, with addresses; for an operator, any notification, addresses masked and no content.</summary>
    public async Task<Proto.GetDeliveriesResponse> DeliveriesAsync(Proto.GetDeliveriesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var notificationId = NotificationLookup.ParseId(request.NotificationId);
        var notification = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        var isRecipient = notification?.RecipientId == caller.Id;
        if (notification is null || (!isRecipient && caller.Role != CallerRole.Operator))
        {
            throw NotificationLookup.NotFound();
        }
        var deliveries = await db.Deliveries.AsNoTracking().Include(d => d.AttemptLog)
            .Where(d => d.NotificationId == notificationId)
            .ToListAsync(cancellationToken);
        var digestIds = deliveries.Where(d => d.DigestId != null).Select(d => d.DigestId!.Value).ToList();
        if (digestIds.Count > 0)
        {
            deliveries.AddRange(await db.Deliveries.AsNoTracking().Include(d => d.AttemptLog)
                .Where(d => digestIds.Contains(d.Id))
                .ToListAsync(cancellationToken));
        }
        var response = new Proto.GetDeliveriesResponse { NotificationId = notificationId.ToString() };
        response.Deliveries.AddRange(deliveries
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Channel)
            .Select(d => DeliveryMapping.ToProto(d, showAddress: isRecipient && d.Purpose != DeliveryPurpose.Escalation)));
        return response;
    }
}
