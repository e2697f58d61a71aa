namespace Telehealth.Prescription.Domain;

/// <summary>
/// The built-in exercise library: every exercise in CLINICAL.md's table. Ids are derived from a
/// stable key, so seeding the library again finds the same rows instead of adding new ones.
/// </summary>
public static class ExerciseCatalogue
{
    /// <summary>The UUID namespace of built-in exercise ids. Changing it would orphan every seeded exercise.</summary>
    public const string IdNamespace = "5b0e4a57-3c0e-4d54-9a1b-6a7d2f1c9e11";

    public static IReadOnlyList<Exercise> All { get; } =
    [
        .. LumbarStrengtheningExercises.All,
        .. StabiliserActivationExercises.All,
        .. GluteActivationExercises.All,
        .. StretchExercises.All,
        .. AerobicExercises.All,
        .. PostureExercises.All,
    ];

    /// <summary>The id a built-in exercise gets from its key, e.g. "bird-dog".</summary>
    public static Guid IdFor(string key) => DeterministicGuid.Create(Guid.Parse(IdNamespace), $"exercise/{key}");

    public static Exercise? Find(Guid id) => All.FirstOrDefault(e => e.Id == id);

    public static Exercise Get(Guid id) =>
        Find(id) ?? throw new DomainValidationException("exercise_id", $"no built-in exercise has id {id}");
}
