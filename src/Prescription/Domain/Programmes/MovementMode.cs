namespace Telehealth.Prescription.Domain;

/// <summary>Static work holds the spine still; dynamic work moves it. Static comes first (CLINICAL.md).</summary>
public enum MovementMode
{
    Static,
    Dynamic,
}
