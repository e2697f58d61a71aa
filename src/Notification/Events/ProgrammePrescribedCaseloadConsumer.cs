using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>
/// A new programme puts its patient in the prescribing therapist's caseload here. Programmes are
/// prescribed by the hundred when a clinic enrols its patients, so they are taken in batches.
/// </summary>
public sealed class ProgrammePrescribedCaseloadConsumer(NotificationDbContext db, TimeProvider clock)
    : InboxBatchConsumer<ProgrammePrescribed, NotificationDbContext>(db, clock)
{
    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<ProgrammePrescribed>> messages, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        foreach (var message in messages.Select(m => m.Message))
        {
            await ProgrammeCopies.RecordAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Active, now, cancellationToken);
        }
    }
}
