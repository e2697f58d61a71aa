using System.Diagnostics;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Tests.Api;

/// <summary>A refused call is told to come back once the calls ahead of it have drained, within the configured bounds.</summary>
public sealed class RetryHintTests
{
    private static readonly TimeSpan Least = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Most = TimeSpan.FromSeconds(5);
    private static readonly long Start = Stopwatch.GetTimestamp();

    [Fact]
    public void With_no_pace_measured_yet_the_least_hint_is_given() =>
        Assert.Equal(Least, new RetryHint(Least, Most, callsAhead: 300).For(admitted: 1_000, At(0)));

    [Theory]
    [InlineData(100, 3_000)]
    [InlineData(300, 1_000)]
    [InlineData(10, 5_000)]
    [InlineData(10_000, 200)]
    public void Under_overload_the_hint_is_the_time_the_calls_ahead_take_at_the_last_seconds_pace(int admittedInASecond, int expectedMilliseconds)
    {
        var hint = new RetryHint(Least, Most, callsAhead: 300);
        hint.For(admitted: 1_000, At(0));

        var told = hint.For(admitted: 1_000 + admittedInASecond, At(1));

        Assert.Equal(expectedMilliseconds, told.TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void The_pace_stays_until_the_next_second_is_over()
    {
        var hint = new RetryHint(Least, Most, callsAhead: 300);
        hint.For(admitted: 0, At(0));
        hint.For(admitted: 100, At(1));

        Assert.Equal(3_000, hint.For(admitted: 400, At(1.5)).TotalMilliseconds, precision: 0);
        Assert.Equal(1_000, hint.For(admitted: 400, At(2)).TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void After_a_quiet_spell_an_old_pace_is_not_used()
    {
        var hint = new RetryHint(Least, Most, callsAhead: 300);
        hint.For(admitted: 0, At(0));
        hint.For(admitted: 10, At(1));

        Assert.Equal(Least, hint.For(admitted: 20, At(10)));
    }

    private static long At(double seconds) => Start + (long)(seconds * Stopwatch.Frequency);
}
