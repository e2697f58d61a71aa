namespace Telehealth.Progress.Data;

/// <summary>A dose change published to prescription, kept so the same one is not put to the therapist twice.</summary>
public sealed class MadeSuggestion
{
    /// <summary>The id of the ProgressionSuggested or RegressionSuggested event.</summary>
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public int ProgrammeVersion { get; set; }

    public Guid ProgrammeItemId { get; set; }

    /// <summary>The rules' SuggestionDirection.</summary>
    public string Direction { get; set; } = "";

    /// <summary>The session report (or the report a next-day check is about) that earned it.</summary>
    public Guid ReportId { get; set; }

    public DateTimeOffset SuggestedAt { get; set; }
}
