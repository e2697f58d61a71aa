using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;

namespace Telehealth.Progress.Events;

/// <summary>Keeps progress's copy of programmes in step with prescription's events, whatever order they arrive in.</summary>
internal static class ProgrammeCopies
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task RecordVersionAsync(ProgressDbContext db, Guid programmeId, Guid patientId, Guid therapistId, int version, IReadOnlyList<ProgrammeItemSnapshot> items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.ProgrammeVersions.FindAsync([programmeId, version], cancellationToken) is null)
        {
            db.ProgrammeVersions.Add(new ProgrammeVersionCopy
            {
                ProgrammeId = programmeId,
                Version = version,
                Items = JsonSerializer.Serialize(items, Json),
                ReceivedAt = at,
            });
        }
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
        {
            db.Programmes.Add(new ProgrammeCopy { ProgrammeId = programmeId, PatientId = patientId, TherapistId = therapistId, CurrentVersion = version, UpdatedAt = at });
        }
        else if (version > programme.CurrentVersion)
        {
            programme.CurrentVersion = version;
            programme.TherapistId = therapistId;
            programme.UpdatedAt = at;
            // Only the therapist adjusts a held programme, and doing so is their decision to go on.
            if (programme.Status == ProgrammeCopyStatus.Held)
            {
                programme.Status = ProgrammeCopyStatus.Active;
            }
        }
    }

    public static async Task RecordStatusAsync(ProgressDbContext db, Guid programmeId, Guid patientId, Guid therapistId, int version, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
        {
            db.Programmes.Add(new ProgrammeCopy { ProgrammeId = programmeId, PatientId = patientId, TherapistId = therapistId, CurrentVersion = version, Status = status, UpdatedAt = at });
            return;
        }
        if (version >= programme.CurrentVersion)
        {
            programme.CurrentVersion = version;
            programme.Status = status;
            programme.UpdatedAt = at;
        }
    }

    public static IReadOnlyList<ProgrammeItemSnapshot> ItemsOf(ProgrammeVersionCopy version) =>
        JsonSerializer.Deserialize<List<ProgrammeItemSnapshot>>(version.Items, Json) ?? [];
}
