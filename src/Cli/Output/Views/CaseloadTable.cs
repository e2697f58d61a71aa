using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Output.Views;

internal static class CaseloadTable
{
    public static void Write(CommandOutput output, ListCaseloadResponse response)
    {
        if (response.Patients.Count == 0)
        {
            output.Screen.WriteLine("No patients in the caseload.");
            return;
        }
        var shortId = ShortIds.For(response.Patients.SelectMany(p => new[] { p.PatientId, p.ProgrammeId }));
        var table = new Table().AddColumns(Columns.Id("Patient"), Columns.Id("Programme")).AddColumns("Status", "Version", "Pending suggestions", "Review due");
        foreach (var entry in response.Patients)
        {
            table.AddRow(
                shortId(entry.PatientId),
                shortId(entry.ProgrammeId),
                EnumNames.Of(entry.Status),
                entry.Version.ToString(),
                entry.PendingSuggestions.ToString(),
                output.Time(entry.ReviewDue));
        }
        output.Screen.Write(table);
    }
}
