namespace Telehealth.TherapistConsole.Components.Patients;

/// <summary>The reason the therapist gives for a decision: required to reject a suggestion or to change a programme's status.</summary>
public sealed class DecisionForm
{
    public string Reason { get; set; } = "";
}
