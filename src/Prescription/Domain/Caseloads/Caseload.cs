namespace Telehealth.Prescription.Domain;

/// <summary>
/// A therapist's caseload, most urgent first: overdue reviews, then programmes with suggestions
/// waiting, then by review date.
/// </summary>
public static class Caseload
{
    public static IReadOnlyList<CaseloadEntry> For(
        Guid therapistId,
        IEnumerable<Programme> programmes,
        IEnumerable<ProgressionSuggestion> suggestions,
        DateTimeOffset now,
        bool includeCompleted = false)
    {
        var pendingByProgramme = suggestions
            .Where(s => s.IsPending)
            .GroupBy(s => s.ProgrammeId)
            .ToDictionary(g => g.Key, g => g.Count());

        return programmes
            .Where(p => p.TherapistId == therapistId)
            .Where(p => includeCompleted || p.Status != ProgrammeStatus.Completed)
            .Select(p =>
            {
                var reviewDue = p.NextReviewDue;
                return new CaseloadEntry(
                    p.Id,
                    p.PatientId,
                    p.Status,
                    p.CurrentVersion,
                    p.Current.CreatedAt,
                    reviewDue,
                    reviewDue <= now,
                    pendingByProgramme.GetValueOrDefault(p.Id));
            })
            .OrderByDescending(e => e.ReviewOverdue)
            .ThenByDescending(e => e.PendingSuggestions > 0)
            .ThenBy(e => e.ReviewDueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(e => e.PatientId)
            .ToList();
    }
}
