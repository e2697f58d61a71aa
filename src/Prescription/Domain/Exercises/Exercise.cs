namespace Telehealth.Prescription.Domain;

/// <summary>
/// An exercise in the library: built in (seeded from <see cref="ExerciseCatalogue"/>) or added by
/// a therapist. Built-in exercises are never changed in place, so programmes that refer to them
/// keep meaning what they meant.
/// </summary>
public sealed class Exercise
{
    public const int MaxNameLength = 120;
    public const int MaxTextLength = 4000;
    public const int MaxContraindications = 20;

    private readonly List<string> _contraindications = [];

    /// <summary>For materialisation only.</summary>
    private Exercise()
    {
    }

    private Exercise(
        Guid id,
        string name,
        ExerciseCategory category,
        string purpose,
        string instructions,
        IEnumerable<string> contraindications,
        string? equipment,
        decimal? equipmentLoadStepKg,
        bool isBuiltIn,
        Guid? createdBy,
        DateTimeOffset? createdAt)
    {
        Id = id;
        Name = name.Trim();
        Category = category;
        Purpose = purpose.Trim();
        Instructions = instructions.Trim();
        _contraindications.AddRange(contraindications.Select(c => c.Trim()));
        Equipment = string.IsNullOrWhiteSpace(equipment) ? null : equipment.Trim();
        EquipmentLoadStepKg = equipmentLoadStepKg;
        DosageFields = CategoryDosageFields.Allowed(category);
        IsBuiltIn = isBuiltIn;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public ExerciseCategory Category { get; private set; }

    /// <summary>Why the exercise is in a programme, in words a patient understands.</summary>
    public string Purpose { get; private set; } = string.Empty;

    /// <summary>Step by step, one step per line.</summary>
    public string Instructions { get; private set; } = string.Empty;

    public IReadOnlyList<string> Contraindications => _contraindications;

    public string? Equipment { get; private set; }

    /// <summary>
    /// The smallest load increase the equipment allows; load progressions are rounded to it.
    /// Null for exercises without external load.
    /// </summary>
    public decimal? EquipmentLoadStepKg { get; private set; }

    /// <summary>The dosage fields that matter for this exercise; kept with the exercise so clients can build the right form.</summary>
    public DosageFields DosageFields { get; private set; }

    public bool IsBuiltIn { get; private set; }

    /// <summary>The therapist who added the exercise; null for built-in ones.</summary>
    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset? CreatedAt { get; private set; }

    public bool IsVisibleTo(Guid therapistId) => IsBuiltIn || CreatedBy == therapistId;

    /// <summary>A therapist's own exercise. Throws <see cref="DomainValidationException"/> listing every invalid field.</summary>
    public static Exercise AddCustom(
        Guid id,
        string name,
        ExerciseCategory category,
        string purpose,
        string instructions,
        IReadOnlyList<string> contraindications,
        string? equipment,
        decimal? equipmentLoadStepKg,
        Guid therapistId,
        DateTimeOffset at)
    {
        var violations = new ViolationList();
        if (id == Guid.Empty)
        {
            violations.Add("id", "is required");
        }

        if (therapistId == Guid.Empty)
        {
            violations.Add("created_by", "the therapist adding the exercise is required");
        }

        Validate(name, category, purpose, instructions, contraindications, equipmentLoadStepKg, violations);
        violations.ThrowIfAny();

        return new Exercise(
            id, name, category, purpose, instructions, contraindications, equipment, equipmentLoadStepKg,
            isBuiltIn: false, createdBy: therapistId, createdAt: at);
    }

    internal static Exercise BuiltIn(
        string key,
        string name,
        ExerciseCategory category,
        string purpose,
        string instructions,
        IReadOnlyList<string> contraindications,
        string? equipment = null,
        decimal? equipmentLoadStepKg = null)
    {
        var violations = new ViolationList();
        Validate(name, category, purpose, instructions, contraindications, equipmentLoadStepKg, violations);
        if (violations.Any)
        {
            // A mistake in the shipped catalogue, not in anyone's input.
            throw new InvalidOperationException($"Built-in exercise '{key}' is invalid: {string.Join("; ", violations.Items)}");
        }

        return new Exercise(
            ExerciseCatalogue.IdFor(key), name, category, purpose, instructions, contraindications, equipment,
            equipmentLoadStepKg, isBuiltIn: true, createdBy: null, createdAt: null);
    }

    private static void Validate(
        string? name,
        ExerciseCategory category,
        string? purpose,
        string? instructions,
        IReadOnlyList<string>? contraindications,
        decimal? equipmentLoadStepKg,
        ViolationList violations)
    {
        RequireText(name, "name", MaxNameLength, violations);
        RequireText(purpose, "purpose", MaxTextLength, violations);
        RequireText(instructions, "instructions", MaxTextLength, violations);

        if (!Enum.IsDefined(category))
        {
            violations.Add("category", $"unknown category {(int)category}");
        }

        var contraindicationList = contraindications ?? [];
        if (contraindicationList.Count > MaxContraindications)
        {
            violations.Add("contraindications", $"at most {MaxContraindications} entries");
        }

        for (var i = 0; i < contraindicationList.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(contraindicationList[i]))
            {
                violations.Add($"contraindications[{i}]", "must not be empty");
            }
        }

        if (equipmentLoadStepKg is { } step)
        {
            if (step <= 0)
            {
                violations.Add("load_step_kg", "must be greater than 0");
            }
            else if (Enum.IsDefined(category) && !CategoryDosageFields.Allowed(category).HasFlag(DosageFields.Load))
            {
                violations.Add("load_step_kg", $"{ExerciseCategoryNames.Of(category)} exercises carry no load");
            }
        }
    }

    private static void RequireText(string? value, string field, int maxLength, ViolationList violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(field, "is required");
        }
        else if (value.Trim().Length > maxLength)
        {
            violations.Add(field, $"must be at most {maxLength} characters");
        }
    }
}
