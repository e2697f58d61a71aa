namespace Telehealth.Progress.Rules;

/// <summary>Adherence over the windows CLINICAL.md asks for: 7 and 28 days, and the 14-day alert window.</summary>
public sealed record AdherenceSummary(AdherenceWindow ShortWindow, AdherenceWindow LongWindow, AdherenceWindow AlertWindow);
