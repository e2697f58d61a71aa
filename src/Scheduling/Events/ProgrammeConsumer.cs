using MassTransit;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Schedules;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Scheduling.Events;

/// <summary>
/// A programme event: record what changed, then re-plan the patient from now, in the same
/// transaction as the inbox record. Re-planning the same version again changes nothing.
/// </summary>
public abstract class ProgrammeConsumer<TMessage>(SchedulingDbContext db, TimeProvider clock, PatientPlanning planning)
    : InboxConsumer<TMessage, SchedulingDbContext>(db, clock)
    where TMessage : class
{
    protected override async Task HandleAsync(TMessage message, ConsumeContext<TMessage> context)
    {
        var now = Clock.GetUtcNow();
        var patientId = await RecordAsync(message, now, context.CancellationToken);
        // Saved inside the inbox's transaction, so planning reads the programme as it now stands.
        await Db.SaveChangesAsync(context.CancellationToken);
        await planning.ReplanAsync(patientId, now, context.CancellationToken);
    }

    /// <summary>Records the event in the programme copy; returns whose programme it is.</summary>
    protected abstract Task<Guid> RecordAsync(TMessage message, DateTimeOffset now, CancellationToken cancellationToken);
}
