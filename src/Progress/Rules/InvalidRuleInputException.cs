namespace Telehealth.Progress.Rules;

/// <summary>
/// Input the rules refuse to evaluate. Out-of-range answers are never scored silently;
/// <see cref="ArgumentException.ParamName"/> is the first field at fault and
/// <see cref="Violations"/> lists them all.
/// </summary>
public sealed class InvalidRuleInputException : ArgumentException
{
    public InvalidRuleInputException(IReadOnlyList<FieldViolation> violations)
        : base(Describe(violations), violations.Count > 0 ? violations[0].Field : null)
    {
        Violations = violations;
    }

    public InvalidRuleInputException(string field, string description)
        : this([new FieldViolation(field, description)])
    {
    }

    public IReadOnlyList<FieldViolation> Violations { get; }

    private static string Describe(IReadOnlyList<FieldViolation> violations) =>
        string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"));
}
