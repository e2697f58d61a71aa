using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A completed programme ends; its patient stays in the therapist's caseload, as in prescription.</summary>
public sealed class ProgrammeCompletedCaseloadConsumer(NotificationDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammeCompleted, NotificationDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammeCompleted message, ConsumeContext<ProgrammeCompleted> context) =>
        ProgrammeCopies.RecordAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Completed, Clock.GetUtcNow(), context.CancellationToken);
}
