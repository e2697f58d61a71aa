using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Data;

/// <summary>
/// One notification on one channel to one address, and where it stands: due, held for quiet
/// hours, in flight, delivered, failed for good, folded into a digest, or cancelled.
/// </summary>
public sealed class NotificationDelivery
{
    public Guid Id { get; set; }

    /// <summary>Null for a digest, which stands for the deliveries folded into it.</summary>
    public Guid? NotificationId { get; set; }

    public Guid RecipientId { get; set; }

    public Channel Channel { get; set; }

    public DeliveryPurpose Purpose { get; set; }

    public Priority Priority { get; set; }

    public Audience Audience { get; set; }

    /// <summary>The email address or webhook URL, as it was when the delivery was planned.</summary>
    public string Address { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public DeliveryState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was first due, after quiet hours and rate limits.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? FailedAt { get; set; }

    public string? LastError { get; set; }

    public Guid? DigestId { get; set; }

    /// <summary>For a digest: how many deliveries it stands for.</summary>
    public int DigestCount { get; set; }

    public Guid SourceEventId { get; set; }

    /// <summary>Changes with every transition, so two writers cannot both move a delivery on (optimistic concurrency).</summary>
    public int Revision { get; set; }

    public List<DeliveryAttempt> AttemptLog { get; set; } = [];

    public bool IsOpen => State is DeliveryState.Pending or DeliveryState.Held;

    /// <summary>The inbox itself: delivered the moment the notification is stored.</summary>
    public static NotificationDelivery InApp(StoredNotification notification, Audience audience, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        NotificationId = notification.Id,
        RecipientId = notification.RecipientId,
        Channel = Channel.InApp,
        Purpose = DeliveryPurpose.Direct,
        Priority = notification.Priority,
        Audience = audience,
        Address = "inbox",
        Subject = notification.Title,
        State = DeliveryState.Delivered,
        CreatedAt = now,
        DueAt = now,
        NextAttemptAt = now,
        DeliveredAt = now,
        SourceEventId = notification.SourceEventId,
    };

    public static NotificationDelivery Outward(StoredNotification notification, Audience audience, OutwardChannel channel, PublicText text, DeliveryPurpose purpose, DateTimeOffset dueAt, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        NotificationId = notification.Id,
        RecipientId = notification.RecipientId,
        Channel = channel.Channel,
        Purpose = purpose,
        Priority = purpose == DeliveryPurpose.Escalation ? Priority.Urgent : notification.Priority,
        Audience = audience,
        Address = channel.Address,
        Subject = text.Subject,
        Body = text.Body,
        State = dueAt > now ? DeliveryState.Held : DeliveryState.Pending,
        CreatedAt = now,
        DueAt = dueAt,
        NextAttemptAt = dueAt,
        SourceEventId = notification.SourceEventId,
    };

    public static NotificationDelivery Digest(Guid recipientId, Audience audience, OutwardChannel channel, DateTimeOffset dueAt, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        RecipientId = recipientId,
        Channel = channel.Channel,
        Purpose = DeliveryPurpose.Digest,
        Priority = Priority.Normal,
        Audience = audience,
        Address = channel.Address,
        State = DeliveryState.Held,
        CreatedAt = now,
        DueAt = dueAt,
        NextAttemptAt = dueAt,
    };

    /// <summary>Folds this delivery into <paramref name="digest"/>, which now stands for one more.</summary>
    public void FoldInto(NotificationDelivery digest)
    {
        State = DeliveryState.Digested;
        DigestId = digest.Id;
        Revision++;
        digest.DigestCount++;
        (digest.Subject, digest.Body) = PublicText.Digest(digest.Audience, digest.DigestCount);
        digest.Revision++;
    }

    public DeliveryAttempt BeginAttempt(DateTimeOffset now)
    {
        State = DeliveryState.Sending;
        Attempts++;
        Revision++;
        var attempt = new DeliveryAttempt { DeliveryId = Id, Number = Attempts, StartedAt = now, Outcome = AttemptOutcome.InProgress };
        AttemptLog.Add(attempt);
        return attempt;
    }

    public void Succeed(DeliveryAttempt attempt, DateTimeOffset now)
    {
        attempt.Finish(AttemptOutcome.Succeeded, null, now);
        State = DeliveryState.Delivered;
        DeliveredAt = now;
        LastError = null;
        Revision++;
    }

    /// <param name="retryAt">When to try again; null to give up for good.</param>
    public void Fail(DeliveryAttempt attempt, bool permanent, string error, DateTimeOffset? retryAt, DateTimeOffset now)
    {
        attempt.Finish(permanent ? AttemptOutcome.PermanentFailure : AttemptOutcome.TransientFailure, error, now);
        LastError = error;
        Revision++;
        if (retryAt is { } next)
        {
            State = DeliveryState.Pending;
            NextAttemptAt = next;
            return;
        }
        State = DeliveryState.Failed;
        FailedAt = now;
    }

    /// <summary>The service stopped mid-attempt: whether it went out is unknown, so it goes again (receivers dedupe by delivery id).</summary>
    public void Interrupt(DeliveryAttempt? attempt, DateTimeOffset now)
    {
        attempt?.Finish(AttemptOutcome.Interrupted, "interrupted", now);
        State = DeliveryState.Pending;
        NextAttemptAt = now;
        Revision++;
    }

    public void Cancel()
    {
        State = DeliveryState.Cancelled;
        Revision++;
    }
}
