using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Notification.Recipients;

/// <summary>Whose preferences a call is about: the caller's own, or, for an operator, any recipient the service knows.</summary>
internal static class RecipientAccess
{
    public static async Task<Guid> ResolveAsync(NotificationDbContext db, Caller caller, Guid? requested, CancellationToken cancellationToken)
    {
        if (requested is not { } recipientId || recipientId == caller.Id)
        {
            return caller.Id;
        }
        if (caller.Role != CallerRole.Operator)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "recipient_id: only an operator may manage someone else's preferences."));
        }
        if (!await db.Recipients.AnyAsync(r => r.Id == recipientId, cancellationToken))
        {
            throw RichStatus.InvalidArgument("recipient_id", "is not a known recipient");
        }
        return recipientId;
    }
}
