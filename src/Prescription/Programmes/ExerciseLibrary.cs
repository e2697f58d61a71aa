using Microsoft.EntityFrameworkCore;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Programmes;

/// <summary>The exercises a therapist may prescribe: the built-in ones and their own.</summary>
public sealed class ExerciseLibrary(PrescriptionDbContext db, ExerciseCache cache)
{
    public async Task<IReadOnlyDictionary<Guid, Exercise>> VisibleToAsync(Guid therapistId, CancellationToken cancellationToken)
    {
        var exercises = await db.Exercises.AsNoTracking()
            .Where(e => e.IsBuiltIn || e.CreatedBy == therapistId)
            .ToListAsync(cancellationToken);
        return exercises.ToDictionary(e => e.Id);
    }

    /// <summary>Any exercise by id, for showing programmes already prescribed.</summary>
    public async Task<IReadOnlyDictionary<Guid, Exercise>> ByIdAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, Exercise>();
        var wanted = new List<Guid>();
        foreach (var id in ids.Distinct())
        {
            if (cache.TryGet(id, out var known))
            {
                found[id] = known;
            }
            else
            {
                wanted.Add(id);
            }
        }
        if (wanted.Count > 0)
        {
            foreach (var exercise in await db.Exercises.AsNoTracking().Where(e => wanted.Contains(e.Id)).ToListAsync(cancellationToken))
            {
                cache.Add(exercise);
                found[exercise.Id] = exercise;
            }
        }
        return found;
    }
}
