using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A resumed programme is active again, with the therapist the event names.</summary>
public sealed class ProgrammeResumedCaseloadConsumer(NotificationDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammeResumed, NotificationDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammeResumed message, ConsumeContext<ProgrammeResumed> context) =>
        ProgrammeCopies.RecordAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Active, Clock.GetUtcNow(), context.CancellationToken);
}
