namespace Telehealth.Prescription.Domain;

public enum SuggestionStatus
{
    Pending,

    /// <summary>Applied as proposed, by the therapist or automatically within the therapist's cap.</summary>
    Approved,

    /// <summary>Applied with a dosage the therapist changed.</summary>
    Edited,

    Rejected,

    /// <summary>Applied automatically, then taken back by the therapist: the item went back to the dose it started from.</summary>
    Undone,
}
