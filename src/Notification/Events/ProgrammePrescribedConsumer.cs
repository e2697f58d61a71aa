using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Events;

/// <summary>A first programme version: the patient is told it is ready.</summary>
public sealed class ProgrammePrescribedConsumer(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : PatientNudgeConsumer<ProgrammePrescribed>(db, clock, intake)
{
    protected override Guid PatientOf(ProgrammePrescribed message) => message.PatientId;

    protected override (SourceEvent Source, IReadOnlyList<ComposedNotification> Notifications) Compose(ProgrammePrescribed message, RecipientBook recipients) =>
        (SourceEvent.Of<ProgrammePrescribed>(message.ProgrammeId, message.Version), ProgrammeNews.Compose(message));
}
