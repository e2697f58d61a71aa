using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

/// <summary>Learns a programme's new version, so reports following it can be checked.</summary>
public sealed class ProgrammeAdjustedConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammeAdjusted, ProgressDbContext>(db, clock)
{
    protected override async Task HandleAsync(ProgrammeAdjusted message, ConsumeContext<ProgrammeAdjusted> context)
    {
        await ProgrammeCopies.RecordVersionAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, message.Items, Clock.GetUtcNow(), context.CancellationToken);
    }
}
