namespace Telehealth.Prescription.Domain;

/// <summary>Who can change a programme: a therapist, or the system applying an automatic progression.</summary>
public enum ActorRole
{
    Therapist,
    System,
}
