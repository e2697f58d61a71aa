namespace Telehealth.Prescription.Domain;

/// <summary>
/// One invalid input, named by its proto-style field path (e.g. <c>items[2].dosage.reps_max</c>)
/// so the API can return it as a google.rpc.BadRequest field violation unchanged.
/// </summary>
public sealed record FieldViolation(string Field, string Description)
{
    public override string ToString() => $"{Field}: {Description}";
}
