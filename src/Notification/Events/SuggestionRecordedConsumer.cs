using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A suggestion waiting for the therapist, or a change already made within their cap: part of the therapist's notification about the report.</summary>
public sealed class SuggestionRecordedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake, ReportNotifications reports)
    : InboxConsumer<SuggestionRecorded, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(SuggestionRecorded message, ConsumeContext<SuggestionRecorded> context)
    {
        var recipients = await intake.RecipientsAsync([message.TherapistId], context.CancellationToken);
        var source = SourceEvent.Of<SuggestionRecorded>(message.SuggestionId);
        await reports.TellAsync(source, message.ReportId, ClinicalAlerts.Compose(message), recipients, context.CancellationToken);
    }
}
