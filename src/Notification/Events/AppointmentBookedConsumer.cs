using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A review was booked: patient and therapist are told, each on their own clock.</summary>
public sealed class AppointmentBookedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxConsumer<AppointmentBooked, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(AppointmentBooked message, ConsumeContext<AppointmentBooked> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId, message.TherapistId], context.CancellationToken);
        await intake.AcceptAsync(SourceEvent.Of<AppointmentBooked>(message.AppointmentId), Appointments.Compose(message, recipients.ZoneOf), recipients, context.CancellationToken);
    }
}
