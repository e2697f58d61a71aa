using MassTransit;

namespace Telehealth.Notification.Events;

public static class NotificationConsumers
{
    /// <summary>Every event a person must hear about.</summary>
    public static IBusRegistrationConfigurator AddNotificationConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RedFlagReportedConsumer>();
        bus.AddConsumer<PainFlareDetectedConsumer>();
        bus.AddConsumer<AdherenceDroppedConsumer>();
        bus.AddConsumer<SuggestionRecordedConsumer>();
        bus.AddConsumer<ProgrammeHeldConsumer>();
        bus.AddConsumer<ReviewRequestedConsumer>();
        bus.AddConsumer<OutcomeRecordedConsumer>();
        bus.AddConsumer<ProgrammePrescribedConsumer>();
        bus.AddConsumer<ProgrammeAdjustedConsumer>();
        bus.AddConsumer<SessionReminderDueConsumer>();
        bus.AddConsumer<MovementBreakDueConsumer>();
        bus.AddConsumer<SessionMissedConsumer>();
        bus.AddConsumer<AppointmentBookedConsumer>();
        bus.AddConsumer<AppointmentRescheduledConsumer>();
        bus.AddConsumer<AppointmentCancelledConsumer>();
        bus.AddConsumer<AppointmentReminderDueConsumer>();
        return bus;
    }
}
