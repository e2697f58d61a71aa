namespace Telehealth.Prescription.Domain;

public enum SuggestionKind
{
    Progression,
    Regression,
}
