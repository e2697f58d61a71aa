using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>Books a telehealth review with a patient: at a given time, or at the first time both are free.</summary>
internal static class BookReviewCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.Required();
        var at = new Option<string?>("--at") { Description = $"When it starts, {LocalTimes.Help}", HelpName = "time" };
        var firstFree = new Option<bool>("--first-free") { Description = "At the earliest time you are available and both of you are free" };
        var minutes = OptionParsers.Number("--minutes", "How long; default 30", 5, 240);
        var reason = new Option<string?>("--reason") { Description = "What the review is for", HelpName = "text" };
        var urgent = new Option<bool>("--urgent") { Description = "Urgent: its reminders reach the patient in quiet hours too" };
        var command = new Command("book-review", "Book a telehealth review with a patient") { patient, at, firstFree, minutes, reason, urgent };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(at) is null) == (result.GetResult(firstFree) is null))
            {
                result.AddError("Say when: --at <time>, or --first-free.");
            }
        });
        runtime.SetAction(command, async context =>
        {
            var patientId = await context.PatientAsync(patient);
            var therapistId = context.Caller();
            var duration = TimeSpan.FromMinutes(context.Value(minutes) ?? 30);
            DateTimeOffset starts;
            if (context.Value(at) is { } text)
            {
                starts = LocalTimes.TryParse(text, context.Output.Zone, out var parsed)
                    ? parsed
                    : throw CliException.Usage($"--at takes a time, {LocalTimes.Help}; not '{text}'.");
            }
            else
            {
                var slots = await context.Scheduling.FindFreeSlotsAsync(new FindFreeSlotsRequest
                {
                    TherapistId = therapistId.ToString(),
                    PatientId = patientId.ToString(),
                    DurationMinutes = (int)duration.TotalMinutes,
                    MaxResults = 1,
                }, context.Cancellation);
                starts = slots.Slots.FirstOrDefault()?.StartsAt.ToDateTimeOffset()
                    ?? throw CliException.NotFound("No free time for a review in the booking horizon: add availability, or give --at.");
            }
            var appointment = await context.Scheduling.BookAsync(new BookAppointmentRequest
            {
                PatientId = patientId.ToString(),
                TherapistId = therapistId.ToString(),
                StartsAt = Timestamp.FromDateTimeOffset(starts),
                EndsAt = Timestamp.FromDateTimeOffset(starts + duration),
                Reason = context.Value(reason) ?? "",
                Urgent = context.Value(urgent),
            }, context.Cancellation);
            context.Output.Show(appointment, () => AppointmentView.Write(context.Output, appointment, "Booked"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
