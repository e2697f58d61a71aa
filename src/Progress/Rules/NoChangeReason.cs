namespace Telehealth.Progress.Rules;

public enum NoChangeReason
{
    /// <summary>The therapist's cap is already reached, so no progression is suggested.</summary>
    AtTherapistCap,

    /// <summary>The hold is already at the ceiling.</summary>
    AtHoldCeiling,

    /// <summary>The therapist turned automatic progression off for this exercise.</summary>
    AutoProgressionOff,

    /// <summary>Nothing to add automatically (a body-weight exercise): the therapist chooses the next step.</summary>
    TherapistChoosesNextStep,

    /// <summary>The dose cannot go any lower automatically.</summary>
    AlreadyAtLowest,
}
