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
        var composed = Appointments.Compose(message, recipients.ZoneOf);
        if (message.ReportId is not { } reportId)
        {
            await intake.AcceptAsync(source, composed, recipients, context.CancellationToken);
            return;
        }
        await intake.AcceptAsync(source, [.. composed.Where(c => c.Audience == Audience.Patient)], recipients, context.CancellationToken);
        foreach (var therapist in composed.Where(c => c.Audience == Audience.Therapist))
        {
            await reports.GatherAsync(source, reportId, therapist, recipients, context.CancellationToken);
        }
    }
}
