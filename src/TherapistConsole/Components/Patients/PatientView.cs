namespace Telehealth.TherapistConsole.Components.Patients;

/// <summary>The pages about one patient.</summary>
public enum PatientView
{
    Overview,
    Audit,
}
