using Spectre.Console;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Output.Views;

internal static class TemplateTable
{
    public static void Write(CommandOutput output, ListTemplatesResponse response)
    {
        if (response.Templates.Count == 0)
        {
            output.Screen.WriteLine("No templates.");
            return;
        }
        var shortId = ShortIds.For(response.Templates.Select(t => t.TemplateId));
        var table = new Table().AddColumns("Template", "Description", "Exercises").AddColumn(Columns.Id("Id"));
        foreach (var template in response.Templates)
        {
            table.AddRow(Markup.Escape(template.Name), Markup.Escape(template.Description), template.Items.Count.ToString(), shortId(template.TemplateId));
        }
        output.Screen.Write(table);
    }
}
