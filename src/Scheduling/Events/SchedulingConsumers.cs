using MassTransit;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Scheduling.Events;

public static class SchedulingConsumers
{
    /// <summary>The programme events that make each patient's plan, the reports that mark sessions done, and review requests.</summary>
    public static IBusRegistrationConfigurator AddSchedulingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ProgrammePrescribedConsumer>(consumer => consumer.Options<BatchOptions>(InboxBatching.ForBursts));
        bus.AddConsumer<ProgrammeAdjustedConsumer>();
        bus.AddConsumer<ProgrammePausedConsumer>();
        bus.AddConsumer<ProgrammeResumedConsumer>();
        bus.AddConsumer<ProgrammeCompletedConsumer>();
        bus.AddConsumer<ProgrammeHeldConsumer>();
        bus.AddConsumer<SessionReportedConsumer>(consumer => consumer.Options<BatchOptions>(InboxBatching.ForBursts));
        bus.AddConsumer<ReviewRequestedConsumer>();
        return bus;
    }
}
