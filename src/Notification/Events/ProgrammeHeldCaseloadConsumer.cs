using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A programme held after a red flag stays in its therapist's caseload.</summary>
public sealed class ProgrammeHeldCaseloadConsumer(NotificationDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammeHeld, NotificationDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammeHeld message, ConsumeContext<ProgrammeHeld> context) =>
        ProgrammeCopies.RecordAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Held, Clock.GetUtcNow(), context.CancellationToken);
}
