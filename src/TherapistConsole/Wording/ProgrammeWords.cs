using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.TherapistConsole.Wording;

/// <summary>Programme fields in words: status, days, who changed it.</summary>
public static class ProgrammeWords
{
    public static string Status(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Active => "Active",
        ProgrammeStatus.Paused => "Paused",
        ProgrammeStatus.Completed => "Completed",
        ProgrammeStatus.OnHold => "On hold after a red flag",
        _ => "Unknown",
    };

    /// <summary>"Mon, Wed, Fri", or "any day" when the dose names no days.</summary>
    public static string Days(IEnumerable<Weekday> days)
    {
        var names = days.Where(day => day != Weekday.Unspecified).Order().Select(DosageWords.Day).ToList();
        return names.Count == 0 ? "any day" : string.Join(", ", names);
    }

    /// <summary>Who made a version, as prescription says it ("therapist &lt;uuid&gt;", "the system"): "you", "therapist 3f2504e0", "the system".</summary>
    public static string Who(string changedBy, Guid? signedIn)
    {
        const string Therapist = "therapist ";
        if (!changedBy.StartsWith(Therapist, StringComparison.Ordinal))
        {
            return changedBy;
        }
        var id = changedBy[Therapist.Length..];
        return Guid.TryParse(id, out var therapist) && therapist == signedIn ? "you" : Therapist + PatientIds.Short(id);
    }

    public static string Kind(SuggestionKind kind) => kind == SuggestionKind.Progression ? "Step forward" : "Step back";

    public static string SuggestionStatus(SuggestionStatus status) => status switch
    {
        Contracts.Prescription.V1.SuggestionStatus.Pending => "Waiting for your decision",
        Contracts.Prescription.V1.SuggestionStatus.Approved => "Approved",
        Contracts.Prescription.V1.SuggestionStatus.Edited => "Approved with your dose",
        Contracts.Prescription.V1.SuggestionStatus.Rejected => "Rejected",
        Contracts.Prescription.V1.SuggestionStatus.AppliedAutomatically => "Applied automatically",
        Contracts.Prescription.V1.SuggestionStatus.Undone => "Undone",
        _ => "Unknown",
    };
}
