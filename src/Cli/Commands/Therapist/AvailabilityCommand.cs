using System.CommandLine;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>The therapist's weekly hours: when reviews may be booked, by them, by patients or by `book-review --first-free`.</summary>
internal static class AvailabilityCommand
{
    public static Command Create(CommandRuntime runtime) => new("availability", "Your weekly hours for reviews: set them or show them")
    {
        AvailabilitySetCommand.Create(runtime),
        AvailabilityShowCommand.Create(runtime),
    };
}
