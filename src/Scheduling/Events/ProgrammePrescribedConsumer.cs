using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Schedules;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Scheduling.Events;

/// <summary>
/// New programmes: each patient's sessions are planned over the coming weeks, as in
/// <see cref="ProgrammeConsumer{TMessage}"/>. A clinic enrolling its patients prescribes them by the
/// hundred, so they are taken in batches: one transaction and one commit for the lot, each
/// programme still recorded, saved and planned in turn, so a later one reads what an earlier wrote.
/// </summary>
public sealed class ProgrammePrescribedConsumer(SchedulingDbContext db, TimeProvider clock, PatientPlanning planning)
    : InboxBatchConsumer<ProgrammePrescribed, SchedulingDbContext>(db, clock)
{
    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<ProgrammePrescribed>> messages, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        foreach (var message in messages.Select(m => m.Message))
        {
            await ProgrammeCopies.RecordVersionAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, message.Items, now, cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
            await planning.ReplanAsync(message.PatientId, now, cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
            // A plan is some fifty rows; left tracked, every later save in the batch would compare them again.
            Db.ChangeTracker.Clear();
        }
    }
}
