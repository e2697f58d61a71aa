namespace Telehealth.Prescription.Domain;

/// <summary>The input is invalid; <see cref="DomainException.Violations"/> lists every field at fault, not just the first.</summary>
public sealed class DomainValidationException : DomainException
{
    public DomainValidationException(IReadOnlyList<FieldViolation> violations)
        : base(Describe(violations), violations)
    {
    }

    public DomainValidationException(string field, string description)
        : this([new FieldViolation(field, description)])
    {
    }

    private static string Describe(IReadOnlyList<FieldViolation> violations) =>
        violations.Count == 1
            ? $"Invalid {violations[0]}"
            : $"{violations.Count} fields are invalid: {string.Join("; ", violations)}";
}
