namespace Telehealth.Prescription.Domain;

/// <summary>
/// A rule of the prescription domain refused an operation. Every refusal names the field at
/// fault so callers can point the therapist at it.
/// </summary>
public abstract class DomainException : Exception
{
    protected DomainException(string message, IReadOnlyList<FieldViolation> violations)
        : base(message)
    {
        Violations = violations;
    }

    public IReadOnlyList<FieldViolation> Violations { get; }

    /// <summary>The first (and usually only) field at fault.</summary>
    public string Field => Violations.Count > 0 ? Violations[0].Field : string.Empty;
}
