using Microsoft.EntityFrameworkCore;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Programmes;

/// <summary>The exercises a therapist may prescribe: the built-in ones and their own.</summary>
public sealed class ExerciseLibrary(PrescriptionDbContext db)
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
        var wanted = ids.Distinct().ToList();
        var exercises = await db.Exercises.AsNoTracking().Where(e => wanted.Contains(e.Id)).ToListAsync(cancellationToken);
        return exercises.ToDictionary(e => e.Id);
    }
}
