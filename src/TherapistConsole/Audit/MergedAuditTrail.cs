namespace Telehealth.TherapistConsole.Audit;

/// <summary>
/// One patient's audit records from every service, newest first, a page at a time. Each service
/// pages its own trail newest first, so the next newest record overall is the newest of each
/// service's next one: a service is read further only once its records read so far are shown.
/// </summary>
public sealed class MergedAuditTrail(IEnumerable<AuditSource> sources, string patientId)
{
    /// <summary>How many records to ask each service for at a time.</summary>
    public const int ServicePageSize = 50;

    private readonly IReadOnlyList<AuditCursor> _cursors = sources.Select(source => new AuditCursor(source)).ToList();

    public bool HasMore => _cursors.Any(cursor => cursor.Unshown.Count > 0 || !cursor.Exhausted);

    /// <summary>The services whose trail could not be read, and why.</summary>
    public IEnumerable<AuditCursor> Unreadable => _cursors.Where(cursor => cursor.Problem is not null);

    public async Task<IReadOnlyList<AuditEntry>> NextAsync(int count, CancellationToken cancellationToken = default)
    {
        var page = new List<AuditEntry>(count);
        while (page.Count < count)
        {
            await Task.WhenAll(_cursors.Where(cursor => cursor.NeedsPage).Select(cursor => cursor.ReadPageAsync(patientId, ServicePageSize, cancellationToken)));
            var newest = _cursors
                .Where(cursor => cursor.Unshown.Count > 0)
                .MaxBy(cursor => AuditEntry.When(cursor.Unshown.Peek()));
            if (newest is null)
            {
                break;
            }
            page.Add(new AuditEntry(newest.Source.Service, newest.Unshown.Dequeue()));
        }
        return page;
    }
}
