namespace Telehealth.TherapistConsole.Components.Patients;

/// <summary>The reason the therapist types for what they do: required to reject a suggestion or to change a programme's status, optional for a review.</summary>
public sealed class DecisionForm
{
    public string Reason { get; set; } = "";
}
