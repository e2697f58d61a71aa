namespace Telehealth.Prescription.Domain;

public enum SuggestionStatus
{
    Pending,

    /// <summary>Applied as proposed, by the therapist or automatically within the therapist's cap.</summary>
    Approved,

    /// <summary>Applied with a dosage the therapist changed.</summary>
    Edited,

    Rejected,
}
