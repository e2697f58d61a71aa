namespace Telehealth.Prescription.Domain;

/// <summary>Whether a suggestion may be applied without the therapist, and why, in words the therapist reads.</summary>
public sealed record AutoProgressionDecision(bool Allowed, string Explanation)
{
    internal static AutoProgressionDecision No(string explanation) => new(false, explanation);
}
