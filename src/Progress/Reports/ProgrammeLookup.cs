using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;
using Telehealth.Progress.Data;
using Telehealth.Progress.Events;
using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Reports;

/// <summary>The programme version a report claims to follow, as the rules need it.</summary>
internal sealed record FollowedVersion(ProgrammeCopy Programme, int Version, IReadOnlyList<ProgrammeItemSnapshot> Items, IReadOnlyList<ProgrammeItemDosage> Dosages);

internal static class ProgrammeLookup
{
    /// <summary>
    /// The version, or NOT_FOUND when the programme is unknown or not the patient's (its existence is
    /// not revealed), or UNAVAILABLE when the version is newer than progress has heard of yet.
    /// </summary>
    public static async Task<FollowedVersion> FindAsync(ProgressDbContext db, Guid programmeId, int version, Guid patientId, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId, cancellationToken);
        if (programme is null || programme.PatientId != patientId)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "programme_id: no such programme for this patient."));
        }
        // A plain local, not version - 1 in the lambda: EF Core evaluates an expression over a
        // captured value through a lambda built on every execution (compiled in 6, interpreted in 10).
        var previousVersion = version - 1;
        var copies = await db.ProgrammeVersions.AsNoTracking()
            .Where(v => v.ProgrammeId == programmeId && (v.Version == version || v.Version == previousVersion))
            .ToListAsync(cancellationToken);
        var followed = copies.FirstOrDefault(v => v.Version == version);
        if (followed is null)
        {
            throw version > programme.CurrentVersion
                ? new RpcException(new Status(StatusCode.Unavailable, $"programme_version: version {version} is not known here yet; retry shortly."))
                : RichStatus.InvalidArgument("programme_version", $"version {version} of this programme does not exist");
        }
        var items = ProgrammeCopies.ItemsOf(followed);
        var previous = copies.FirstOrDefault(v => v.Version == version - 1) is { } before ? ProgrammeCopies.ItemsOf(before) : [];
        var dosages = items
            .Select(item => DosageMapping.ToRules(item, previous.FirstOrDefault(p => p.ItemId == item.ItemId)))
            .ToList();
        return new FollowedVersion(programme, version, items, dosages);
    }
}
