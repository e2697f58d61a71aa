using MassTransit;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

public static class ProgressConsumers
{
    /// <summary>The programme events that keep progress's copies, missed sessions, time zones and acknowledged alerts.</summary>
    public static IBusRegistrationConfigurator AddProgressConsumers(this IBusRegistrationConfigurator bus)
    {
        // A clinic enrolling its patients prescribes hundreds of programmes a minute.
        bus.AddConsumer<ProgrammePrescribedConsumer>(consumer => consumer.Options<BatchOptions>(InboxBatching.ForBursts));
        bus.AddConsumer<ProgrammeAdjustedConsumer>();
        bus.AddConsumer<ProgrammePausedConsumer>();
        bus.AddConsumer<ProgrammeResumedConsumer>();
        bus.AddConsumer<ProgrammeCompletedConsumer>();
        bus.AddConsumer<SessionMissedConsumer>();
        bus.AddConsumer<PatientTimeZoneChangedConsumer>();
        bus.AddConsumer<ProgrammeHeldConsumer>();
        bus.AddConsumer<AlertAcknowledgedConsumer>();
        return bus;
    }
}
