using System.CommandLine;
using System.CommandLine.Parsing;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>
/// Which exercise of a programme changes and how: --item with a new dosage, phase or mode, --item with
/// --remove, or --add with the new exercise's dosage. Applied to the whole item list, since
/// AdjustProgramme takes the list as it should become.
/// </summary>
internal sealed class ProgrammeChangeOptions
{
    public Option<string?> Item { get; } = new("--item") { Description = "The exercise to change: its number (1, 2, … as `programme show` numbers them), (part of) its name, or its item id", HelpName = "item" };

    public Option<string?> Add { get; } = new("--add") { Description = "Add this exercise from the library: its id (or the id's first 8 digits) from `therapist exercises search`, or (part of) its name", HelpName = "exercise" };

    public Option<bool> Remove { get; } = new("--remove") { Description = "Remove the --item exercise from the programme" };

    public Option<RehabPhase?> Phase { get; } = EnumNames.Option<RehabPhase>("--phase", "Rehabilitation phase");

    public Option<MovementMode?> Mode { get; } = EnumNames.Option<MovementMode>("--mode", "Static or dynamic");

    public DosageOptions Dosage { get; } = new();

    public IEnumerable<Option> All => new Option[] { Item, Add, Remove, Phase, Mode }.Concat(Dosage.All);

    public void Validate(CommandResult result)
    {
        var hasItem = result.GetResult(Item) is not null;
        if (hasItem == (result.GetResult(Add) is not null))
        {
            result.AddError("Say which exercise: --item <item> to change or remove one, or --add <exercise-id> to add one.");
        }
        else if (result.GetResult(Remove) is not null && !hasItem)
        {
            result.AddError("--remove needs --item.");
        }
    }

    /// <summary>The programme's items with the change made, in order, each keeping its id and settings.</summary>
    /// <param name="addedExerciseId">The library exercise --add named, already looked up.</param>
    public List<ProgrammeItemInput> Apply(Programme current, ParseResult parse, string? addedExerciseId)
    {
        var items = current.Items.OrderBy(i => i.Order).Select(ProgrammeItems.ToInput).ToList();
        if (addedExerciseId is { } exerciseId)
        {
            var added = new ProgrammeItemInput { ExerciseId = exerciseId, Dosage = new Dosage() };
            Dosage.ApplyTo(added.Dosage, parse);
            added.Phase = parse.GetValue(Phase) ?? RehabPhase.Unspecified;
            added.Mode = parse.GetValue(Mode) ?? MovementMode.Unspecified;
            items.Add(added);
            return items;
        }
        var target = ExerciseNumbers.Find(current.Items, parse.GetValue(Item)!, "exercise in this programme");
        var input = items.Single(i => i.ItemId == target.ItemId);
        if (parse.GetValue(Remove))
        {
            items.Remove(input);
            return items;
        }
        var changed = Dosage.ApplyTo(input.Dosage, parse);
        if (parse.GetValue(Phase) is { } phase)
        {
            input.Phase = phase;
            changed = true;
        }
        if (parse.GetValue(Mode) is { } mode)
        {
            input.Mode = mode;
            changed = true;
        }
        return changed
            ? items
            : throw CliException.Usage("Nothing to change: give the new dosage (--sets, --reps, --load, --hold, --minutes…), --phase, --mode or --remove.");
    }
}
