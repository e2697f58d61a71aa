using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Telehealth.Prescription.Programmes;

/// <summary>
/// Each patient's active programme as GetActiveProgramme answers it, so a patient app that reads
/// it on every screen does not reach the database while nothing changed. This service is the
/// only writer of programmes: every committed change to one of a patient's programmes removes
/// the patient's entry (<see cref="ActiveProgrammeInvalidation"/>). A read that raced with a
/// change does not store what it read, so no answer older than a commit outlives it.
/// </summary>
public sealed class ActiveProgrammeCache : IDisposable
{
    private readonly MemoryCache _entries;
    private long _changes;

    public ActiveProgrammeCache(IOptions<ActiveProgrammeCacheSettings> settings)
    {
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, settings.Value.Patients) });
    }

    /// <summary>Taken before reading the database; <see cref="Store"/> keeps the read only if nothing was committed since.</summary>
    public long Stamp() => Interlocked.Read(ref _changes);

    public bool TryGet(Guid patientId, out CachedProgramme programme) => _entries.TryGetValue(patientId, out programme!);

    public void Store(Guid patientId, CachedProgramme programme, long stamp)
    {
        if (Interlocked.Read(ref _changes) != stamp)
        {
            return;
        }
        _entries.Set(patientId, programme, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        // A change committed between the check and the store removes what was just stored.
        if (Interlocked.Read(ref _changes) != stamp)
        {
            _entries.Remove(patientId);
        }
    }

    public void Forget(Guid patientId)
    {
        Interlocked.Increment(ref _changes);
        _entries.Remove(patientId);
    }

    public void Dispose() => _entries.Dispose();
}
