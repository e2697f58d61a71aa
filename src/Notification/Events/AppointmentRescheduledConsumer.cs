using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A review moved: patient and therapist are told. Each move is its own event.</summary>
public sealed class AppointmentRescheduledConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<AppointmentRescheduled, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(AppointmentRescheduled message, ConsumeContext<AppointmentRescheduled> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId, message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<AppointmentRescheduled>(message.AppointmentId, message.StartsAt, message.RescheduledAt), Appointments.Compose(message, recipients.ZoneOf), recipients, context.CancellationToken);
    }
}
