using Telehealth.Notification.Policies;
using Telehealth.Notification.Tests.Support;

namespace Telehealth.Notification.Tests.Policies;

public sealed class EscalationPolicyTests
{
    private static readonly EscalationOptions Options = new() { OnCallEmail = "on-call@clinic.example", Delay = TimeSpan.FromMinutes(15) };

    [Fact]
    public void Only_notifications_needing_an_acknowledgement_escalate()
    {
        var created = DateTimeOffset.Parse("2026-05-01T10:00:00Z");

        Assert.Equal(created.AddMinutes(15), EscalationPolicy.EscalateAt(true, created, Options));
        Assert.Null(EscalationPolicy.EscalateAt(false, created, Options));
    }

    [Fact]
    public void It_is_due_once_the_delay_has_passed_without_an_acknowledgement()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-05-01T10:00:00Z"));
        var escalateAt = EscalationPolicy.EscalateAt(true, clock.GetUtcNow(), Options);

        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.False(EscalationPolicy.IsDue(escalateAt, null, null, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(EscalationPolicy.IsDue(escalateAt, null, null, clock.GetUtcNow()));
    }

    [Fact]
    public void An_acknowledgement_or_an_earlier_escalation_stops_it()
    {
        var created = DateTimeOffset.Parse("2026-05-01T10:00:00Z");
        var escalateAt = EscalationPolicy.EscalateAt(true, created, Options);
        var later = created.AddHours(1);

        Assert.False(EscalationPolicy.IsDue(escalateAt, created.AddMinutes(3), null, later));
        Assert.False(EscalationPolicy.IsDue(escalateAt, null, created.AddMinutes(15), later));
        Assert.False(EscalationPolicy.IsDue(null, null, null, later));
    }
}
