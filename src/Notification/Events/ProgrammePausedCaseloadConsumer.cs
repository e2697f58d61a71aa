using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A paused programme stays in its therapist's caseload.</summary>
public sealed class ProgrammePausedCaseloadConsumer(NotificationDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammePaused, NotificationDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammePaused message, ConsumeContext<ProgrammePaused> context) =>
        ProgrammeCopies.RecordAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Paused, Clock.GetUtcNow(), context.CancellationToken);
}
