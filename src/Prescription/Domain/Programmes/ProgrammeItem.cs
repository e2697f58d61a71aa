namespace Telehealth.Prescription.Domain;

/// <summary>
/// One exercise in one programme version. Versions never change, so neither do their items;
/// the next version gets its own copies. <see cref="ItemId"/> stays the same across versions.
/// </summary>
public sealed class ProgrammeItem
{
    /// <summary>For materialisation only.</summary>
    private ProgrammeItem()
    {
    }

    private ProgrammeItem(Guid itemId, ProgrammeItemSpec spec, int order, ManualLoadDecrease? loadLoweredByTherapist)
    {
        ItemId = itemId;
        ExerciseId = spec.ExerciseId;
        ExerciseName = spec.ExerciseName.Trim();
        Category = spec.Category;
        Phase = spec.Phase;
        Mode = spec.Mode;
        LoadStepKg = spec.LoadStepKg;
        Order = order;

        // Each item gets its own copies of its values: stored as owned values, one instance
        // cannot belong to two items (as it would after a carry-forward or with a shared default).
        Dosage = spec.Dosage with { };
        Progression = spec.Progression with { };
        LoadLoweredByTherapist = loadLoweredByTherapist is null ? null : loadLoweredByTherapist with { };
    }

    public Guid ItemId { get; private set; }

    public Guid ExerciseId { get; private set; }

    public string ExerciseName { get; private set; } = string.Empty;

    public ExerciseCategory Category { get; private set; }

    public Dosage Dosage { get; private set; } = null!;

    public RehabPhase Phase { get; private set; }

    public MovementMode Mode { get; private set; }

    public ProgressionSettings Progression { get; private set; } = null!;

    public decimal? LoadStepKg { get; private set; }

    /// <summary>Position in the programme, from 0; the patient's app shows items in this order.</summary>
    public int Order { get; private set; }

    /// <summary>Set while a load the therapist lowered by hand has not been raised again.</summary>
    public ManualLoadDecrease? LoadLoweredByTherapist { get; private set; }

    /// <summary>The item as a spec, keeping its id: change it with <c>with</c> and pass it to an adjustment.</summary>
    public ProgrammeItemSpec ToSpec() =>
        new(ExerciseId, ExerciseName, Category, Dosage, Phase, Mode)
        {
            Progression = Progression,
            LoadStepKg = LoadStepKg,
            ItemId = ItemId,
        };

    internal static ProgrammeItem Create(Guid itemId, ProgrammeItemSpec spec, int order, ManualLoadDecrease? loadLoweredByTherapist) =>
        new(itemId, spec, order, loadLoweredByTherapist);

    internal ProgrammeItem CarryForward() => new(ItemId, ToSpec(), Order, LoadLoweredByTherapist);

    /// <summary>Same exercise, dosage and settings in the same place; used to refuse adjustments that change nothing.</summary>
    internal bool IsSamePrescriptionAs(ProgrammeItem other) =>
        ItemId == other.ItemId
        && ExerciseId == other.ExerciseId
        && Dosage == other.Dosage
        && Phase == other.Phase
        && Mode == other.Mode
        && Progression == other.Progression
        && LoadStepKg == other.LoadStepKg
        && Order == other.Order;
}
