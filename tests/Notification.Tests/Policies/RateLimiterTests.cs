using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Tests.Policies;

public sealed class RateLimiterTests
{
    private static readonly RateLimitOptions ThreeAnHour = new() { MaxPerWindow = 3, Window = TimeSpan.FromHours(1) };

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(10, true)]
    public void Past_the_limit_a_message_folds_into_the_digest(int alreadyInWindow, bool digested)
    {
        var due = DateTimeOffset.Parse("2026-05-01T10:20:00Z");

        var decision = RateLimiter.Decide(due, alreadyInWindow, ThreeAnHour);

        Assert.Equal(digested, decision.FoldIntoDigest);
        Assert.Equal(digested ? DateTimeOffset.Parse("2026-05-01T11:00:00Z") : due, decision.DueAt);
    }

    [Theory]
    [InlineData("2026-05-01T10:00:00Z", "2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z")]
    [InlineData("2026-05-01T10:59:59Z", "2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z")]
    [InlineData("2026-05-01T11:00:00+02:00", "2026-05-01T09:00:00Z", "2026-05-01T10:00:00Z")]
    public void Windows_are_fixed_and_aligned_to_UTC(string at, string start, string end)
    {
        var window = RateLimiter.WindowOf(DateTimeOffset.Parse(at), ThreeAnHour);

        Assert.Equal(DateTimeOffset.Parse(start), window.Start);
        Assert.Equal(DateTimeOffset.Parse(end), window.End);
        Assert.Equal(TimeSpan.Zero, window.Start.Offset);
    }

    [Fact]
    public void A_burst_of_seven_sends_three_and_digests_four_at_the_end_of_the_window()
    {
        var due = DateTimeOffset.Parse("2026-05-01T10:05:00Z");
        var sent = 0;
        var digested = new List<DateTimeOffset>();
        for (var i = 0; i < 7; i++)
        {
            var decision = RateLimiter.Decide(due.AddSeconds(i), sent, ThreeAnHour);
            if (decision.FoldIntoDigest)
            {
                digested.Add(decision.DueAt);
            }
            else
            {
                sent++;
            }
        }

        Assert.Equal(3, sent);
        Assert.Equal(4, digested.Count);
        Assert.All(digested, at => Assert.Equal(DateTimeOffset.Parse("2026-05-01T11:00:00Z"), at));
    }
}
