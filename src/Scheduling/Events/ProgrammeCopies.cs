using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;

namespace Telehealth.Scheduling.Events;

/// <summary>Keeps scheduling's copy of programmes in step with prescription's events, whatever order they arrive in.</summary>
internal static class ProgrammeCopies
{
    /// <summary>A version with items (prescribed, adjusted); an older version than known changes nothing.</summary>
    public static async Task RecordVersionAsync(SchedulingDbContext db, Guid programmeId, Guid patientId, Guid therapistId, int version, IReadOnlyList<ProgrammeItemSnapshot> items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var programme = await FindOrAddAsync(db, programmeId, patientId, therapistId, at, cancellationToken);
        if (version > programme.ItemsVersion)
        {
            programme.ItemsVersion = version;
            programme.Items = [.. items];
        }
        if (version > programme.Version)
        {
            programme.Version = version;
            programme.TherapistId = therapistId;
            programme.Status = ProgrammeStatus.Active;
        }
        programme.UpdatedAt = at;
    }

    /// <summary>A status change (paused, resumed, completed), which is a version of its own without new items.</summary>
    public static async Task RecordStatusAsync(SchedulingDbContext db, Guid programmeId, Guid patientId, Guid therapistId, int version, ProgrammeStatus status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var programme = await FindOrAddAsync(db, programmeId, patientId, therapistId, at, cancellationToken);
        if (version >= programme.Version)
        {
            programme.Version = version;
            programme.Status = status;
            programme.UpdatedAt = at;
        }
    }

    private static async Task<ProgrammeCopy> FindOrAddAsync(SchedulingDbContext db, Guid programmeId, Guid patientId, Guid therapistId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.Programmes.FindAsync([programmeId], cancellationToken) is { } known)
        {
            return known;
        }
        var programme = new ProgrammeCopy { ProgrammeId = programmeId, PatientId = patientId, TherapistId = therapistId, UpdatedAt = at };
        db.Programmes.Add(programme);
        return programme;
    }
}
