using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

public sealed class ProgrammeCompletedConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammeCompleted, ProgressDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammeCompleted message, ConsumeContext<ProgrammeCompleted> context) =>
        ProgrammeCopies.RecordStatusAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Completed, Clock.GetUtcNow(), context.CancellationToken);
}
