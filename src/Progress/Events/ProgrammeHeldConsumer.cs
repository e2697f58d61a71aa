using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

/// <summary>A red flag held the programme: reports are still taken and judged, but nothing is progressed.</summary>
public sealed class ProgrammeHeldConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammeHeld, ProgressDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammeHeld message, ConsumeContext<ProgrammeHeld> context) =>
        ProgrammeCopies.RecordStatusAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Held, Clock.GetUtcNow(), context.CancellationToken);
}
