using Microsoft.JSInterop;

namespace Telehealth.TherapistConsole.Time;

/// <summary>
/// The time zone the signed-in therapist's browser is in, read once per circuit, in which the console
/// shows every time. UTC until it is read, and when the browser names a zone this machine does not know.
/// </summary>
public sealed class TherapistTimeZone
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Whether the browser has been asked; it is asked once.</summary>
    public bool IsRead { get; private set; }

    /// <summary>"Europe/London", or "UTC".</summary>
    public string Name => Zone == TimeZoneInfo.Utc ? "UTC" : Zone.Id;

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>Asks the browser for its time zone (Intl.DateTimeFormat().resolvedOptions().timeZone), the first time only.</summary>
    public async Task ReadAsync(IJSRuntime js)
    {
        if (IsRead)
        {
            return;
        }
        string? name = null;
        try
        {
            await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/time-zone.js");
            name = await module.InvokeAsync<string?>("timeZone");
        }
        catch (Exception failure) when (failure is JSException or JSDisconnectedException or TaskCanceledException or InvalidOperationException)
        {
            // A browser that cannot say, or a circuit going away: times stay in UTC, which the page says.
        }
        Use(name);
        IsRead = true;
    }

    /// <summary>The zone an IANA name (or a Windows one) names; UTC when it names none this machine knows.</summary>
    public void Use(string? name) =>
        Zone = !string.IsNullOrWhiteSpace(name) && TimeZoneInfo.TryFindSystemTimeZoneById(name.Trim(), out var zone) ? zone : TimeZoneInfo.Utc;
}
