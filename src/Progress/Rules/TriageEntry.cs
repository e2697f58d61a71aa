namespace Telehealth.Progress.Rules;

/// <param name="Since">When what puts the patient at this level began: the red flag or flare reported; null when nothing is open.</param>
public sealed record TriageEntry(Guid PatientId, TriageLevel Level, string Reason, DateTimeOffset? Since = null);
