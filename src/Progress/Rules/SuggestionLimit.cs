namespace Telehealth.Progress.Rules;

/// <summary>What stopped a progression at less than the usual step.</summary>
public enum SuggestionLimit
{
    /// <summary>The therapist's automatic-progression cap for the exercise.</summary>
    TherapistCap,

    /// <summary>The hold ceiling (60 s by default).</summary>
    HoldCeiling,
}
