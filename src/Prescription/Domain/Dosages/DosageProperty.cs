namespace Telehealth.Prescription.Domain;

/// <summary>
/// One field of <see cref="Dosage"/> with its API name, its group and its value as text, so
/// validation and version diffs walk the same list instead of repeating the field names.
/// </summary>
internal sealed record DosageProperty(string Name, DosageFields Group, Func<Dosage, string?> Value)
{
    public bool IsSet(Dosage dosage) => Value(dosage) is not null;
}
