using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>The therapist's reviews from now on, and the reviews waiting for free time in their hours.</summary>
internal static class AppointmentsCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.Filter("Only this patient's; everyone's when left out");
        var days = OptionParsers.Number("--days", "How many days ahead; default: the planning horizon (14 days)", 1, 120);
        var all = new Option<bool>("--all") { Description = "Cancelled ones too" };
        var command = new Command("appointments", "Your telehealth reviews from now on (ids as reschedule and cancel-review take them)") { patient, days, all };
        runtime.SetAction(command, async context =>
        {
            var request = new ListAppointmentsRequest
            {
                PatientId = context.Value(patient) is null ? "" : (await context.PatientAsync(patient)).ToString(),
                IncludeCancelled = context.Value(all),
            };
            if (context.Value(days) is { } ahead)
            {
                var now = context.Now;
                request.From = Timestamp.FromDateTimeOffset(now);
                request.To = Timestamp.FromDateTimeOffset(now.AddDays(ahead));
            }
            var response = await context.Scheduling.ListAppointmentsAsync(request, context.Cancellation);
            context.Output.Show(response, () => AppointmentTable.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }
}
