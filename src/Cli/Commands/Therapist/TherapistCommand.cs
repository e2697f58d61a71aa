using System.CommandLine;
using Telehealth.Cli.Commands.Notifications;

namespace Telehealth.Cli.Commands.Therapist;

internal static class TherapistCommand
{
    public static Command Create(CommandRuntime runtime) => new("therapist", "For therapists: the exercise library, programmes, suggestions, triage, summaries and reviews")
    {
        ExercisesCommand.Create(runtime),
        TemplatesCommand.Create(runtime),
        PrescribeCommand.Create(runtime),
        ProgrammeCommand.Create(runtime),
        SuggestionsCommand.Create(runtime),
        TriageCommand.Create(runtime),
        CaseloadCommand.Create(runtime),
        SummaryCommand.Create(runtime),
        BookReviewCommand.Create(runtime),
        NotificationsCommand.Create(runtime, "Your alerts and messages: red flags, flares, suggestions, reviews"),
    };
}
