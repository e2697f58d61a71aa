using Google.Protobuf.WellKnownTypes;
using Telehealth.Notification.Data;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Inbox;

internal static class NotificationMapping
{
    public static Proto.Notification ToProto(StoredNotification stored)
    {
        var notification = new Proto.Notification
        {
            NotificationId = stored.Id.ToString(),
            Cursor = stored.Sequence,
            Kind = (Proto.NotificationKind)(int)stored.Kind,
            Priority = (Proto.Priority)(int)stored.Priority,
            Title = stored.Title,
            Body = stored.Body,
            PatientId = stored.PatientId.ToString(),
            CreatedAt = Timestamp.FromDateTimeOffset(stored.CreatedAt),
            RequiresAcknowledgement = stored.RequiresAcknowledgement,
            SourceEventId = stored.SourceEventId.ToString(),
            ReportId = stored.ReportId?.ToString() ?? "",
        };
        if (stored.ReadAt is { } read)
        {
            notification.ReadAt = Timestamp.FromDateTimeOffset(read);
        }
        if (stored.AcknowledgedAt is { } acknowledged)
        {
            notification.AcknowledgedAt = Timestamp.FromDateTimeOffset(acknowledged);
        }
        if (stored.EscalatedAt is { } escalated)
        {
            notification.EscalatedAt = Timestamp.FromDateTimeOffset(escalated);
        }
        return notification;
    }

    public static Proto.NotificationGroup ToProto(RoutineGroup group)
    {
        var proto = new Proto.NotificationGroup
        {
            PatientId = group.PatientId.ToString(),
            Day = group.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            UnreadCount = group.UnreadCount,
            Title = group.Title,
        };
        proto.Notifications.AddRange(group.Notifications.Select(ToProto));
        return proto;
    }
}
