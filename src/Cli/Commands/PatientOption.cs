using System.CommandLine;
using Telehealth.Cli.Input;

namespace Telehealth.Cli.Commands;

/// <summary>
/// --patient: required for a therapist; for a patient it defaults to the token's own subject. The
/// start of the id is enough for a patient in the therapist's caseload (see <see cref="Lookups.PatientLookup"/>).
/// </summary>
internal static class PatientOption
{
    public static Option<IdPrefix?> Required() =>
        OptionParsers.Id("--patient", "The patient's id (the start of it for a patient in your caseload)", required: true);

    public static Option<IdPrefix?> DefaultingToCaller() =>
        OptionParsers.Id("--patient", "The patient's id; default: the token's own subject");

    public static Option<IdPrefix?> Filter(string description) =>
        OptionParsers.Id("--patient", description);
}
