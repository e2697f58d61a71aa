namespace Telehealth.Prescription.Domain;

/// <summary>
/// A starting point for a programme. Instantiating it gives item specs the therapist tailors to
/// the patient (diagnosis, age, conditioning, goals) before prescribing.
/// </summary>
public sealed class ProgrammeTemplate
{
    /// <summary>The UUID namespace of built-in template ids.</summary>
    public const string IdNamespace = "9f3c2a61-7d48-4b8e-a0f2-5e1b6c7d8e90";

    private readonly List<TemplateItem> _items = [];

    /// <summary>For materialisation only.</summary>
    private ProgrammeTemplate()
    {
    }

    private ProgrammeTemplate(Guid id, string name, string description, int reviewIntervalDays, IEnumerable<TemplateItem> items)
    {
        Id = id;
        Name = name;
        Description = description;
        ReviewIntervalDays = reviewIntervalDays;
        _items.AddRange(items);
        IsBuiltIn = true;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public int ReviewIntervalDays { get; private set; }

    public IReadOnlyList<TemplateItem> Items => _items;

    public bool IsBuiltIn { get; private set; }

    /// <summary>Item specs for <see cref="Programme.Prescribe"/>, looking exercises up in the library given.</summary>
    public IReadOnlyList<ProgrammeItemSpec> Instantiate(Func<Guid, Exercise?> findExercise)
    {
        var violations = new ViolationList();
        var specs = new List<ProgrammeItemSpec>();
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            if (findExercise(item.ExerciseId) is not { } exercise)
            {
                violations.Add($"items[{i}].exercise_id", $"exercise {item.ExerciseId} of template '{Name}' is not in the library");
                continue;
            }

            specs.Add(ProgrammeItemSpec.For(exercise, item.Dosage, item.Phase, item.Mode, item.Progression));
        }

        violations.ThrowIfAny();
        return specs;
    }

    /// <summary>Item specs from the built-in catalogue.</summary>
    public IReadOnlyList<ProgrammeItemSpec> Instantiate() => Instantiate(ExerciseCatalogue.Find);

    internal static ProgrammeTemplate BuiltIn(string key, string name, string description, int reviewIntervalDays, params TemplateItem[] items) =>
        new(DeterministicGuid.Create(Guid.Parse(IdNamespace), $"template/{key}"), name, description, reviewIntervalDays, items);
}
