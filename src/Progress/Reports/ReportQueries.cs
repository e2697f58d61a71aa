using Microsoft.EntityFrameworkCore;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Progress.Reports;

/// <summary>
/// The reads every session report makes, as EF Core compiled queries: a report makes nine, and
/// translating each LINQ query anew (extracting its parameters, hashing it for the query cache)
/// cost about a fifth of a report's CPU.
/// </summary>
internal static class ReportQueries
{
    private static readonly CompiledPerModel<Func<ProgressDbContext, Guid, CancellationToken, Task<ProgrammeCopy?>>> Programme = new(() =>
        EF.CompileAsyncQuery((ProgressDbContext db, Guid programmeId, CancellationToken _) =>
            db.Programmes.AsNoTracking().FirstOrDefault(p => p.ProgrammeId == programmeId)));

    private static readonly CompiledPerModel<Func<ProgressDbContext, Guid, int, IAsyncEnumerable<ProgrammeVersionCopy>>> VersionAndPrevious = new(() =>
        EF.CompileAsyncQuery((ProgressDbContext db, Guid programmeId, int version) =>
            db.ProgrammeVersions.AsNoTracking()
                .Where(v => v.ProgrammeId == programmeId && v.Version <= version)
                .OrderByDescending(v => v.Version)
                .Take(2)));

    private static readonly CompiledPerModel<Func<ProgressDbContext, Guid, int, IAsyncEnumerable<StoredSessionReport>>> RecentReports = new(() =>
        EF.CompileAsyncQuery((ProgressDbContext db, Guid programmeId, int count) =>
            db.SessionReports.AsNoTracking()
                .Where(r => r.ProgrammeId == programmeId)
                .OrderByDescending(r => r.PerformedAt)
                .Take(count)));

    private static readonly CompiledPerModel<Func<ProgressDbContext, Guid, int, IAsyncEnumerable<StoredNextDayCheck>>> ChecksOfRecentReports = new(() =>
        EF.CompileAsyncQuery((ProgressDbContext db, Guid programmeId, int count) =>
            db.SessionReports.AsNoTracking()
                .Where(r => r.ProgrammeId == programmeId)
                .OrderByDescending(r => r.PerformedAt)
                .Take(count)
                .Join(db.NextDayChecks, r => r.Id, c => c.ReportId, (r, c) => c)));

    private static readonly CompiledPerModel<Func<ProgressDbContext, Guid, CancellationToken, Task<string?>>> TimeZone = new(() =>
        EF.CompileAsyncQuery((ProgressDbContext db, Guid patientId, CancellationToken _) =>
            db.PatientTimeZones.AsNoTracking().Where(z => z.PatientId == patientId).Select(z => z.TimeZone).FirstOrDefault()));

    private static readonly CompiledPerModel<Func<ProgressDbContext, Guid, string, IAsyncEnumerable<EarnedSuggestion>>> Earned = new(() =>
        EF.CompileAsyncQuery((ProgressDbContext db, Guid programmeId, string direction) =>
            db.Suggestions.AsNoTracking()
                .Where(s => s.ProgrammeId == programmeId && s.Direction == direction)
                .Join(db.SessionReports, s => s.ReportId, r => r.Id, (s, r) => new EarnedSuggestion(s.ProgrammeItemId, r.PerformedAt))));

    private static readonly CompiledPerModel<Func<ProgressDbContext, Guid, int, IAsyncEnumerable<MadeSuggestion>>> SuggestionsOnVersion = new(() =>
        EF.CompileAsyncQuery((ProgressDbContext db, Guid programmeId, int version) =>
            db.Suggestions.AsNoTracking().Where(s => s.ProgrammeId == programmeId && s.ProgrammeVersion == version)));

    private static readonly CompiledPerModel<Func<ProgressDbContext, Guid, string, DateTimeOffset, CancellationToken, Task<bool>>> AlertSince = new(() =>
        EF.CompileAsyncQuery((ProgressDbContext db, Guid patientId, string kind, DateTimeOffset since, CancellationToken _) =>
            db.Alerts.Any(a => a.PatientId == patientId && a.Kind == kind && a.RaisedAt > since)));

    public static Task<ProgrammeCopy?> ProgrammeAsync(ProgressDbContext db, Guid programmeId, CancellationToken cancellationToken) =>
        Programme.For(db)(db, programmeId, cancellationToken);

    /// <summary>The version a report follows, or the latest before it with items, and the one before that.</summary>
    public static Task<List<ProgrammeVersionCopy>> VersionAndPreviousAsync(ProgressDbContext db, Guid programmeId, int version, CancellationToken cancellationToken) =>
        VersionAndPrevious.For(db)(db, programmeId, version).ToListAsync(cancellationToken);

    public static Task<List<StoredSessionReport>> RecentReportsAsync(ProgressDbContext db, Guid programmeId, int count, CancellationToken cancellationToken) =>
        RecentReports.For(db)(db, programmeId, count).ToListAsync(cancellationToken);

    /// <summary>The next-day checks of the same recent reports, in one statement rather than their ids sent back.</summary>
    public static Task<List<StoredNextDayCheck>> ChecksOfRecentReportsAsync(ProgressDbContext db, Guid programmeId, int count, CancellationToken cancellationToken) =>
        ChecksOfRecentReports.For(db)(db, programmeId, count).ToListAsync(cancellationToken);

    public static Task<string?> TimeZoneAsync(ProgressDbContext db, Guid patientId, CancellationToken cancellationToken) =>
        TimeZone.For(db)(db, patientId, cancellationToken);

    /// <summary>Each suggestion made on the programme in the direction given, with when the session that earned it was done.</summary>
    public static Task<List<EarnedSuggestion>> EarnedAsync(ProgressDbContext db, Guid programmeId, string direction, CancellationToken cancellationToken) =>
        Earned.For(db)(db, programmeId, direction).ToListAsync(cancellationToken);

    public static Task<List<MadeSuggestion>> SuggestionsOnVersionAsync(ProgressDbContext db, Guid programmeId, int version, CancellationToken cancellationToken) =>
        SuggestionsOnVersion.For(db)(db, programmeId, version).ToListAsync(cancellationToken);

    public static Task<bool> AlertSinceAsync(ProgressDbContext db, Guid patientId, string kind, DateTimeOffset since, CancellationToken cancellationToken) =>
        AlertSince.For(db)(db, patientId, kind, since, cancellationToken);

    private static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }
        return list;
    }
}
