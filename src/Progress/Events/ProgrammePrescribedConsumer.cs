using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

/// <summary>
/// Learns new programmes: whose each is, and its first version's items. A clinic enrolling its
/// patients prescribes them by the hundred, so they are taken in batches, one commit for the lot;
/// the same programme twice in a batch is found in the context and recorded once.
/// </summary>
public sealed class ProgrammePrescribedConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxBatchConsumer<ProgrammePrescribed, ProgressDbContext>(db, clock)
{
    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<ProgrammePrescribed>> messages, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        foreach (var message in messages.Select(m => m.Message))
        {
            await ProgrammeCopies.RecordVersionAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, message.Items, now, cancellationToken);
        }
    }
}
