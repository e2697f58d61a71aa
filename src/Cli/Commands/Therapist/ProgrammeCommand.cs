using System.CommandLine;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

internal static class ProgrammeCommand
{
    public static Command Create(CommandRuntime runtime) => new("programme", "A patient's programme: show it, its history, adjust it, pause, resume or complete it")
    {
        ProgrammeShowCommand.Create(runtime),
        ProgrammeHistoryCommand.Create(runtime),
        ProgrammeAdjustCommand.Create(runtime),
        ProgrammeStatusCommand.Create(runtime, "pause", ProgrammeStatus.Paused, "Pause the programme: no sessions are planned until it resumes"),
        ProgrammeStatusCommand.Create(runtime, "resume", ProgrammeStatus.Active, "Resume a paused programme"),
        ProgrammeStatusCommand.Create(runtime, "complete", ProgrammeStatus.Completed, "Mark the programme completed"),
    };
}
