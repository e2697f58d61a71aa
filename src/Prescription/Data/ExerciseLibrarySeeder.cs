using Microsoft.EntityFrameworkCore;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Data;

/// <summary>Puts the built-in exercises of the catalogue into the library; their ids are fixed, so it runs safely at every start.</summary>
internal sealed class ExerciseLibrarySeeder(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrescriptionDbContext>();
        var present = await db.Exercises.Where(e => e.IsBuiltIn).Select(e => e.Id).ToListAsync(cancellationToken);
        db.Exercises.AddRange(ExerciseCatalogue.All.Where(e => !present.Contains(e.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
