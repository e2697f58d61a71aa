using MassTransit;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Events;

/// <summary>
/// Scheduling's nudges to patients (reminders, movement breaks, missed sessions). They fall due
/// together by the thousand, so they are taken in batches: one look-up of the patients and one
/// save for the lot (<see cref="NotificationIntake.AcceptAllAsync"/>).
/// </summary>
public abstract class PatientNudgeConsumer<TMessage>(NotificationDbContext db, TimeProvider clock, NotificationIntake intake)
    : InboxBatchConsumer<TMessage, NotificationDbContext>(db, clock)
    where TMessage : class
{
    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken cancellationToken)
    {
        var recipients = await intake.RecipientsAsync(messages.Select(m => PatientOf(m.Message)), cancellationToken);
        await intake.AcceptAllAsync([.. messages.Select(m => Compose(m.Message, recipients))], recipients, cancellationToken);
    }

    protected abstract Guid PatientOf(TMessage message);

    /// <summary>The event's identity and what it tells the patient, in their zone where it needs one.</summary>
    protected abstract (SourceEvent Source, IReadOnlyList<ComposedNotification> Notifications) Compose(TMessage message, RecipientBook recipients);
}
