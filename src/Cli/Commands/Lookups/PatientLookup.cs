using Telehealth.Cli.Input;

namespace Telehealth.Cli.Commands.Lookups;

/// <summary>
/// A patient named by the start of their id: looked up in the therapist's caseload. A patient's own
/// token acts only for its subject, so for a patient the start must be their own id's.
/// </summary>
internal static class PatientLookup
{
    public static async Task<Guid> ResolveAsync(CommandContext context, IdPrefix prefix)
    {
        if (prefix.Whole is { } whole)
        {
            return whole;
        }
        var token = context.Token();
        if (string.Equals(token.Role, "patient", StringComparison.OrdinalIgnoreCase) && token.Subject is { } self)
        {
            return prefix.Matches(self.ToString())
                ? self
                : throw CliException.NotFound($"No patient starts with '{prefix}': a patient's token acts only for its own subject, {self}.");
        }
        var caseload = await context.Prescription.ListCaseloadAsync(context.Cancellation);
        var entry = IdMatch.Single(
            caseload.Patients, prefix, p => p.PatientId, p => $"programme version {p.Version}, {EnumNames.Of(p.Status)}",
            "patient in your caseload", whenNone: "give the whole id of a patient not in it yet");
        return Guid.Parse(entry.PatientId);
    }
}
