namespace Telehealth.Progress.Rules;

public sealed record TriageEntry(Guid PatientId, TriageLevel Level, string Reason);
