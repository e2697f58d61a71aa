using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

/// <summary>Learns a new programme: whose it is, and its first version's items.</summary>
public sealed class ProgrammePrescribedConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammePrescribed, ProgressDbContext>(db, clock)
{
    protected override async Task HandleAsync(ProgrammePrescribed message, ConsumeContext<ProgrammePrescribed> context)
    {
        await ProgrammeCopies.RecordVersionAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, message.Items, Clock.GetUtcNow(), context.CancellationToken);
    }
}
