using Google.Protobuf.WellKnownTypes;
using Telehealth.Notification.Data;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Inbox;

internal static class DeliveryMapping
{
    public static Proto.Delivery ToProto(NotificationDelivery stored, bool showAddress)
    {
        var delivery = new Proto.Delivery
        {
            DeliveryId = stored.Id.ToString(),
            Channel = (Proto.Channel)(int)stored.Channel,
            Purpose = (Proto.DeliveryPurpose)(int)stored.Purpose,
            State = (Proto.DeliveryState)(int)stored.State,
            Address = showAddress ? stored.Address : AddressMask.Mask(stored.Address),
            DueAt = Timestamp.FromDateTimeOffset(stored.DueAt),
            NextAttemptAt = Timestamp.FromDateTimeOffset(stored.NextAttemptAt),
            LastError = stored.LastError ?? "",
            DigestId = stored.DigestId?.ToString() ?? "",
        };
        if (stored.DeliveredAt is { } delivered)
        {
            delivery.DeliveredAt = Timestamp.FromDateTimeOffset(delivered);
        }
        if (stored.FailedAt is { } failed)
        {
            delivery.FailedAt = Timestamp.FromDateTimeOffset(failed);
        }
        delivery.Attempts.AddRange(stored.AttemptLog.OrderBy(a => a.Number).Select(ToProto));
        return delivery;
    }

    private static Proto.DeliveryAttempt ToProto(DeliveryAttempt stored)
    {
        var attempt = new Proto.DeliveryAttempt
        {
            Number = stored.Number,
            StartedAt = Timestamp.FromDateTimeOffset(stored.StartedAt),
            Outcome = (Proto.AttemptOutcome)(int)stored.Outcome,
            Error = stored.Error ?? "",
        };
        if (stored.FinishedAt is { } finished)
        {
            attempt.FinishedAt = Timestamp.FromDateTimeOffset(finished);
        }
        return attempt;
    }
}
