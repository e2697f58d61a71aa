namespace Telehealth.Progress.Rules;

public enum SuggestionDirection
{
    Progression,
    Regression,
}
