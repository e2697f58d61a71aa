using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A new programme puts its patient in the prescribing therapist's caseload here.</summary>
public sealed class ProgrammePrescribedCaseloadConsumer(NotificationDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammePrescribed, NotificationDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammePrescribed message, ConsumeContext<ProgrammePrescribed> context) =>
        ProgrammeCopies.RecordAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Active, Clock.GetUtcNow(), context.CancellationToken);
}
