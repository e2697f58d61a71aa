using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Tests.Policies;

public sealed class RetryBackoffTests
{
    private static readonly RetryOptions Options = new()
    {
        MaxAttempts = 5, InitialDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(1), Multiplier = 2, Jitter = 0.2,
    };

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 60)]
    [InlineData(9, 60)]
    public void Delays_double_up_to_the_cap(int attemptsMade, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryBackoff.Delay(attemptsMade, Options));
    }

    [Theory]
    [InlineData(0.0, 16)]
    [InlineData(1.0, 24)]
    [InlineData(0.25, 18)]
    public void Jitter_spreads_a_delay_either_way(double random, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryBackoff.Delay(2, Options, random));
    }

    [Fact]
    public void Jitter_never_exceeds_the_cap()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), RetryBackoff.Delay(8, Options, 1.0));
    }

    [Fact]
    public void After_the_last_attempt_it_gives_up()
    {
        var now = DateTimeOffset.Parse("2026-05-01T10:00:00Z");

        Assert.Equal(now.AddSeconds(40), RetryBackoff.Next(3, now, Options).RetryAt);
        Assert.False(RetryBackoff.Next(4, now, Options).GiveUp);
        Assert.True(RetryBackoff.Next(5, now, Options).GiveUp);
    }
}
