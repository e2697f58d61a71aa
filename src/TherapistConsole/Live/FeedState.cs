namespace Telehealth.TherapistConsole.Live;

/// <summary>Where the notification feed is: opening its first subscription, following, or trying again after losing it.</summary>
public enum FeedState
{
    Connecting,
    Live,
    Reconnecting,
}
