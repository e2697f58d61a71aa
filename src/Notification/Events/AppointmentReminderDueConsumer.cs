using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A review is 24 hours or 15 minutes away: patient and therapist are reminded.</summary>
public sealed class AppointmentReminderDueConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<AppointmentReminderDue, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(AppointmentReminderDue message, ConsumeContext<AppointmentReminderDue> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId, message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<AppointmentReminderDue>(message.ReminderId), Appointments.Compose(message, recipients.ZoneOf), recipients, context.CancellationToken);
    }
}
