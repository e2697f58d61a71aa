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
        var programme = await ReportQueries.ProgrammeAsync(db, programmeId, cancellationToken);
        if (programme is null || programme.PatientId != patientId)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "programme_id: no such programme for this patient."));
        }
        if (version > programme.CurrentVersion)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, $"programme_version: version {version} is not known here yet; retry shortly."));
        }
        // Status changes (paused, resumed, held) are versions without new items: a report that
        // follows one follows the items of the latest version with items at or before it.
        var copies = await ReportQueries.VersionAndPreviousAsync(db, programmeId, version, cancellationToken);
        var followed = copies.FirstOrDefault();
        if (followed is null || version < 1)
        {
            throw RichStatus.InvalidArgument("programme_version", $"version {version} of this programme does not exist");
        }
        var items = ProgrammeCopies.ItemsOf(followed);
        var previous = copies.Skip(1).FirstOrDefault() is { } before ? ProgrammeCopies.ItemsOf(before) : [];
        var dosages = items
            .Select(item => DosageMapping.ToRules(item, previous.FirstOrDefault(p => p.ItemId == item.ItemId)))
            .ToList();
        return new FollowedVersion(programme, version, items, dosages);
    }
}
