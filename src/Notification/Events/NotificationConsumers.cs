using MassTransit;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

public static class NotificationConsumers
{
    /// <summary>Every event a person must hear about, and the programme events that make the caseloads.</summary>
    public static IBusRegistrationConfigurator AddNotificationConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddCaseloadConsumers();
        bus.AddConsumer<RedFlagReportedConsumer>();
        bus.AddConsumer<PainFlareDetectedConsumer>();
        bus.AddConsumer<AdherenceDroppedConsumer>();
        bus.AddConsumer<SuggestionRecordedConsumer>();
        bus.AddConsumer<ProgrammeHeldConsumer>();
        bus.AddConsumer<ReviewRequestedConsumer>();
        bus.AddConsumer<OutcomeRecordedConsumer>();
        bus.AddConsumer<ProgrammePrescribedConsumer>();
        bus.AddConsumer<ProgrammeAdjustedConsumer>();
        bus.AddConsumer<SessionReminderDueConsumer>(consumer => consumer.Options<BatchOptions>(InboxBatching.ForBursts));
        bus.AddConsumer<MovementBreakDueConsumer>(consumer => consumer.Options<BatchOptions>(InboxBatching.ForBursts));
        bus.AddConsumer<SessionMissedConsumer>(consumer => consumer.Options<BatchOptions>(InboxBatching.ForBursts));
        bus.AddConsumer<AppointmentBookedConsumer>();
        bus.AddConsumer<AppointmentRescheduledConsumer>();
        bus.AddConsumer<AppointmentCancelledConsumer>();
        bus.AddConsumer<AppointmentReminderDueConsumer>();
        return bus;
    }

    /// <summary>
    /// Who looks after whom, learnt from prescription's programme events as progress and scheduling
    /// learn it, so the three services agree on a therapist's caseload.
    /// </summary>
    private static IBusRegistrationConfigurator AddCaseloadConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ProgrammePrescribedCaseloadConsumer>();
        bus.AddConsumer<ProgrammeAdjustedCaseloadConsumer>();
        bus.AddConsumer<ProgrammePausedCaseloadConsumer>();
        bus.AddConsumer<ProgrammeResumedCaseloadConsumer>();
        bus.AddConsumer<ProgrammeHeldCaseloadConsumer>();
        bus.AddConsumer<ProgrammeCompletedCaseloadConsumer>();
        return bus;
    }
}
