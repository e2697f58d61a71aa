using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Output.Views;

internal static class ProgrammeView
{
    public static void Write(CommandOutput output, Programme programme)
    {
        var screen = output.Screen;
        screen.MarkupLine($"[bold]Programme {programme.ProgrammeId}[/] version {programme.Version}, {EnumNames.Of(programme.Status)}");
        screen.MarkupLine($"Patient {programme.PatientId}, therapist {programme.TherapistId}, review every {programme.ReviewIntervalDays} days");
        screen.MarkupLine($"Changed {output.Time(programme.ChangedAt)} by {Markup.Escape(programme.ChangedBy)}: {Markup.Escape(programme.Reason)}");
        // Numbered as the patient app and `report --exercise` count them; a movement break has no number.
        var numbers = ExerciseNumbers.Of(programme.Items);
        var shortId = ShortIds.For(programme.Items.Select(i => i.ItemId));
        var table = new Table().AddColumns("#", "Exercise", "Dosage", "Phase", "Mode").AddColumn(Columns.Id("Item"));
        foreach (var item in programme.Items.OrderBy(i => i.Order))
        {
            table.AddRow(
                numbers.TryGetValue(item.ItemId, out var number) ? number.ToString() : "—",
                Markup.Escape(item.ExerciseName),
                Markup.Escape(item.DosageText.Length > 0 ? item.DosageText : DosageWords.Describe(item.Dosage)),
                item.Phase == RehabPhase.Unspecified ? "—" : EnumNames.Of(item.Phase),
                item.Mode == MovementMode.Unspecified ? "—" : EnumNames.Of(item.Mode),
                shortId(item.ItemId));
        }
        screen.Write(table);
    }
}
