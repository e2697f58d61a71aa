namespace Telehealth.Prescription.Domain;

/// <summary>Rehabilitation goes in stages: first coordination, then endurance, then strength (CLINICAL.md).</summary>
public enum RehabPhase
{
    Coordination,
    Endurance,
    Strength,
}
