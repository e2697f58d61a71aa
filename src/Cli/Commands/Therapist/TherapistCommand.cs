using System.CommandLine;
using Telehealth.Cli.Commands.Notifications;

namespace Telehealth.Cli.Commands.Therapist;

internal static class TherapistCommand
{
    public static Command Create(CommandRuntime runtime) => new("therapist", "For therapists: the exercise library, programmes, suggestions, triage, summaries, your hours and reviews")
    {
        ExercisesCommand.Create(runtime),
        TemplatesCommand.Create(runtime),
        PrescribeCommand.Create(runtime),
        ProgrammeCommand.Create(runtime),
        SuggestionsCommand.Create(runtime),
        TriageCommand.Create(runtime),
        CaseloadCommand.Create(runtime),
        SummaryCommand.Create(runtime),
        AvailabilityCommand.Create(runtime),
        BookReviewCommand.Create(runtime),
        AppointmentsCommand.Create(runtime),
        RescheduleCommand.Create(runtime),
        CancelReviewCommand.Create(runtime),
        NotificationsCommand.Create(runtime, "Your alerts and messages: red flags, flares, suggestions, reviews"),
    };
}
