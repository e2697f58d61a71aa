using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>A new version names the programme's therapist as it stands now.</summary>
public sealed class ProgrammeAdjustedCaseloadConsumer(NotificationDbContext db, TimeProvider clock)
    : InboxConsumer<ProgrammeAdjusted, NotificationDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgrammeAdjusted message, ConsumeContext<ProgrammeAdjusted> context) =>
        ProgrammeCopies.RecordAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeCopyStatus.Active, Clock.GetUtcNow(), context.CancellationToken);
}
