using System.CommandLine;
using Telehealth.Cli.Input;

namespace Telehealth.Cli.Commands;

/// <summary>--patient: required for a therapist; for a patient it defaults to the token's own subject.</summary>
internal static class PatientOption
{
    public static Option<Guid?> Required() =>
        OptionParsers.Uuid("--patient", "The patient's id", required: true);

    public static Option<Guid?> DefaultingToCaller() =>
        OptionParsers.Uuid("--patient", "The patient's id; default: the token's own subject");
}
