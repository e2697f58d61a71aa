namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>One session's pain, 0–10, before and after.</summary>
public sealed record PainReading(DateTimeOffset At, int Before, int After);
