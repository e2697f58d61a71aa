using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Data;

/// <summary>One try at sending a delivery; written before the send, so a crash mid-send leaves a trace.</summary>
public sealed class DeliveryAttempt
{
    public long Id { get; set; }

    public Guid DeliveryId { get; set; }

    public int Number { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public AttemptOutcome Outcome { get; set; }

    /// <summary>Why it failed, without content or addresses ("http 503", "timeout").</summary>
    public string? Error { get; set; }

    public void Finish(AttemptOutcome outcome, string? error, DateTimeOffset at)
    {
        Outcome = outcome;
        Error = error;
        FinishedAt = at;
    }
}
