using System.CommandLine;
using Telehealth.Cli.Commands.Notifications;

namespace Telehealth.Cli.Commands.Patient;

internal static class PatientCommand
{
    public static Command Create(CommandRuntime runtime) => new("patient", "For patients: today's sessions, your programme, reports and corrections, pain checks, the ODI questionnaire, your calendar feed and notifications")
    {
        TodayCommand.Create(runtime),
        PatientProgrammeCommand.Create(runtime),
        ReportCommand.Create(runtime),
        ReportsCommand.Create(runtime),
        PainCheckCommand.Create(runtime),
        OdiCommand.Create(runtime),
        CalendarUrlCommand.Create(runtime),
        NotificationsCommand.Create(runtime, "Your reminders and messages"),
    };
}
