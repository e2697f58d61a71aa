using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>
/// A red flag: the therapist's notification about the report turns urgent, on every channel at
/// once (escalating if unacknowledged); the patient is told to seek care.
/// </summary>
public sealed class RedFlagReportedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake, ReportNotifications reports)
    : InboxConsumer<RedFlagReported, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(RedFlagReported message, ConsumeContext<RedFlagReported> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId, message.TherapistId], context.CancellationToken);
        var source = SourceEvent.Of<RedFlagReported>(message.ReportId);
        await reports.TellAsync(source, message.ReportId, ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
