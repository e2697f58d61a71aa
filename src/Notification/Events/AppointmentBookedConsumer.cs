using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>
/// A review was booked: patient and therapist are told, each on their own clock. A review offered
/// for a report's review request is part of the therapist's notification about that report.
/// </summary>
public sealed class AppointmentBookedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake, ReportNotifications reports)
    : InboxConsumer<AppointmentBooked, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(AppointmentBooked message, ConsumeContext<AppointmentBooked> context)
    {
        var recipients = await intake.RecipientsAsync([message.PatientId, message.TherapistId], context.CancellationToken);
        var source = SourceEvent.Of<AppointmentBooked>(message.AppointmentId);
        await reports.TellAsync(source, message.ReportId, Appointments.Compose(message, recipients.ZoneOf), recipients, context.CancellationToken);
    }
}
