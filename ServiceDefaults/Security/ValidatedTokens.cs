using System.Collections.Concurrent;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// Tokens already found valid, so the next call with the same token skips the signature check.
/// An app sends the same token with every call until it expires, and verifying ES256 on every
/// call was a sizeable share of each service's CPU (the library also serialises verifications
/// on a lock). An entry is looked up by the whole token, and lasts until the token expires
/// (with the clock skew validation allows) or <see cref="LongestKept"/>, whichever is sooner.
/// Signing keys only change with a restart, which empties the cache.
/// </summary>
public sealed class ValidatedTokens(TimeProvider clock, int capacity = ValidatedTokens.DefaultCapacity)
{
    public const int DefaultCapacity = 100_000;

    public static readonly TimeSpan LongestKept = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, ValidatedCaller> _tokens = new(StringComparer.Ordinal);

    public int Count => _tokens.Count;

    public bool TryGet(string token, out ValidatedCaller caller)
    {
        if (_tokens.TryGetValue(token, out caller!))
        {
            if (clock.GetUtcNow() < caller.ValidUntil)
            {
                return true;
            }
            _tokens.TryRemove(token, out _);
        }
        caller = default!;
        return false;
    }

    /// <param name="validUntil">When validation itself would start refusing the token: its expiry plus the clock skew.</param>
    public void Add(string token, Guid subject, CallerRole role, DateTimeOffset validUntil)
    {
        var now = clock.GetUtcNow();
        var until = validUntil < now + LongestKept ? validUntil : now + LongestKept;
        if (until <= now)
        {
            return;
        }
        if (_tokens.Count >= capacity)
        {
            MakeRoom(now);
        }
        _tokens[token] = new ValidatedCaller(subject, role, until);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (token, caller) in _tokens)
        {
            if (caller.ValidUntil <= now)
            {
                _tokens.TryRemove(token, out _);
            }
        }
        if (_tokens.Count >= capacity)
        {
            // Still full of live tokens: start again rather than grow; they are verified afresh.
            _tokens.Clear();
        }
    }
}
