namespace Telehealth.Progress.Rules;

/// <summary>Who acknowledged an alert, and when.</summary>
public sealed record Acknowledgement(Guid By, DateTimeOffset At);
