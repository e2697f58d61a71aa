namespace Telehealth.TherapistConsole.Components.Charts;

/// <summary>One questionnaire's score, and whether it improved on the baseline by the minimal important change.</summary>
public sealed record OutcomeReading(DateTimeOffset At, double Score, double? ChangeFromBaseline, bool Reached);
