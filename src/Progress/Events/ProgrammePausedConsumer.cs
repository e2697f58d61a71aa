using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

public sealed class ProgrammePausedConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammePaused, ProgressDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammePaused message, ConsumeContext<ProgrammePaused> context) =>
        ProgrammeCopies.RecordStatusAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Paused, Clock.GetUtcNow(), context.CancellationToken);
}
