using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.ServiceDefaults.Tests.Security;

public sealed class ValidatedTokensTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private readonly Clock _clock = new(Start);

    [Fact]
    public void A_token_is_reused_until_it_expires_and_not_after()
    {
        var tokens = new ValidatedTokens(_clock);
        var subject = Guid.NewGuid();
        tokens.Add("token-a", subject, CallerRole.Patient, Start.AddMinutes(5));

        Assert.True(tokens.TryGet("token-a", out var caller));
        Assert.Equal((subject, CallerRole.Patient), (caller.Subject, caller.Role));

        _clock.Now = Start.AddMinutes(5);
        Assert.False(tokens.TryGet("token-a", out _));
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public void A_long_lived_token_is_verified_again_after_ten_minutes()
    {
        var tokens = new ValidatedTokens(_clock);
        tokens.Add("token-a", Guid.NewGuid(), CallerRole.Therapist, Start.AddHours(8));

        _clock.Now = Start + ValidatedTokens.LongestKept - TimeSpan.FromSeconds(1);
        Assert.True(tokens.TryGet("token-a", out _));
        _clock.Now = Start + ValidatedTokens.LongestKept;
        Assert.False(tokens.TryGet("token-a", out _));
    }

    [Fact]
    public void Only_the_exact_token_matches()
    {
        var tokens = new ValidatedTokens(_clock);
        tokens.Add("header.payload.signature", Guid.NewGuid(), CallerRole.Patient, Start.AddMinutes(5));

        Assert.False(tokens.TryGet("header.payload.signaturf", out _));
        Assert.False(tokens.TryGet("HEADER.payload.signature", out _));
        Assert.False(tokens.TryGet("header.payload.signature ", out _));
    }

    [Fact]
    public void A_token_already_expired_is_not_kept()
    {
        var tokens = new ValidatedTokens(_clock);
        tokens.Add("token-a", Guid.NewGuid(), CallerRole.Patient, Start);

        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public void A_full_cache_drops_expired_tokens_first_and_never_grows_past_its_capacity()
    {
        var tokens = new ValidatedTokens(_clock, capacity: 3);
        tokens.Add("short-1", Guid.NewGuid(), CallerRole.Patient, Start.AddMinutes(1));
        tokens.Add("short-2", Guid.NewGuid(), CallerRole.Patient, Start.AddMinutes(1));
        tokens.Add("long", Guid.NewGuid(), CallerRole.Patient, Start.AddMinutes(9));
        _clock.Now = Start.AddMinutes(2);

        tokens.Add("new", Guid.NewGuid(), CallerRole.Patient, Start.AddMinutes(9));

        Assert.Equal(2, tokens.Count);
        Assert.True(tokens.TryGet("long", out _));
        Assert.True(tokens.TryGet("new", out _));

        tokens.Add("third", Guid.NewGuid(), CallerRole.Patient, Start.AddMinutes(9));
        tokens.Add("fourth", Guid.NewGuid(), CallerRole.Patient, Start.AddMinutes(9));
        Assert.True(tokens.Count <= 3);
        Assert.True(tokens.TryGet("fourth", out _));
    }

    private sealed class Clock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
