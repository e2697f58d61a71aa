using System.Collections.Concurrent;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Programmes;

/// <summary>
/// Exercises already read, by id. An exercise never changes once added (there is no call to edit
/// or remove one), and every programme read names several, so each is read from the database once.
/// </summary>
public sealed class ExerciseCache
{
    private readonly ConcurrentDictionary<Guid, Exercise> _exercises = new();

    public bool TryGet(Guid id, out Exercise exercise) => _exercises.TryGetValue(id, out exercise!);

    public void Add(Exercise exercise) => _exercises.TryAdd(exercise.Id, exercise);
}
