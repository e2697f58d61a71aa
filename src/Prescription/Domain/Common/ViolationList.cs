namespace Telehealth.Prescription.Domain;

/// <summary>
/// Collects violations while a whole request is checked, so the caller hears about every
/// field at fault in one round trip instead of fixing them one at a time.
/// </summary>
internal sealed class ViolationList
{
    private readonly List<FieldViolation> _violations = [];

    public bool Any => _violations.Count > 0;

    public IReadOnlyList<FieldViolation> Items => _violations;

    public void Add(string field, string description) => _violations.Add(new FieldViolation(field, description));

    public void AddRange(IEnumerable<FieldViolation> violations) => _violations.AddRange(violations);

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new DomainValidationException(_violations.ToList());
        }
    }
}
