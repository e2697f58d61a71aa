namespace Telehealth.TherapistConsole.Components.Patients;

/// <summary>What the therapist types when deciding a suggestion: the reason, required to reject.</summary>
public sealed class DecisionForm
{
    public string Reason { get; set; } = "";
}
