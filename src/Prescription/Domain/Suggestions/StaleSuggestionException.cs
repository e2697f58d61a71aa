namespace Telehealth.Prescription.Domain;

/// <summary>
/// The item's dosage changed (or the item was removed) after the suggestion was made, so the
/// suggestion no longer describes a step from what the patient is doing.
/// </summary>
public sealed class StaleSuggestionException : DomainException
{
    public StaleSuggestionException(Guid suggestionId, int basedOnVersion, int changedInVersion, int currentVersion, bool itemRemoved)
        : base(
            $"Suggestion {suggestionId} was based on version {basedOnVersion}, but the exercise" +
            (itemRemoved ? " was removed" : "'s dosage changed") +
            $" in version {changedInVersion} (current version {currentVersion}). Reject it, or adjust the programme directly.",
            [new FieldViolation("based_on_version", $"is {basedOnVersion}; the item's dosage changed in version {changedInVersion}")])
    {
        SuggestionId = suggestionId;
        BasedOnVersion = basedOnVersion;
        ChangedInVersion = changedInVersion;
        CurrentVersion = currentVersion;
    }

    public Guid SuggestionId { get; }

    public int BasedOnVersion { get; }

    public int ChangedInVersion { get; }

    public int CurrentVersion { get; }
}
