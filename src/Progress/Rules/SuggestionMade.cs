namespace Telehealth.Progress.Rules;

/// <summary>A dose change already put to the therapist for one exercise of the version the patient follows.</summary>
public sealed record SuggestionMade(Guid ProgrammeItemId, SuggestionDirection Direction);
