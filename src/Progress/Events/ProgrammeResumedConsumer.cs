using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

public sealed class ProgrammeResumedConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammeResumed, ProgressDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammeResumed message, ConsumeContext<ProgrammeResumed> context) =>
        ProgrammeCopies.RecordStatusAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Active, Clock.GetUtcNow(), context.CancellationToken);
}
