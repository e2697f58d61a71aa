using System.CommandLine;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

internal static class PrescribeCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.Required();
        var template = new Option<string>("--template") { Description = "The template's name (or id); see `telehealth therapist templates list`", Required = true, HelpName = "name" };
        var reason = new Option<string>("--reason") { Description = "Why this programme, as it will be recorded", Required = true, HelpName = "text" };
        var reviewDays = OptionParsers.Number("--review-days", "Days between reviews; the service's default when left out", 1, 365);
        var command = new Command("prescribe", "Prescribe a programme from a template") { patient, template, reason, reviewDays };
        runtime.SetAction(command, async context =>
        {
            var patientId = await context.PatientAsync(patient);
            var templates = await context.Prescription.ListTemplatesAsync(context.Cancellation);
            var chosen = NameMatch.Single(templates.Templates, context.Value(template)!, t => t.TemplateId, t => t.Name, "template");
            var request = new PrescribeProgrammeRequest
            {
                PatientId = patientId.ToString(),
                TemplateId = chosen.TemplateId,
                Reason = context.Value(reason)!,
                ReviewIntervalDays = context.Value(reviewDays) ?? 0,
            };
            var programme = await context.Prescription.PrescribeAsync(request, context.Cancellation);
            context.Output.Show(programme, () => ProgrammeView.Write(context.Output, programme));
            return ExitCodes.Ok;
        });
        return command;
    }
}
