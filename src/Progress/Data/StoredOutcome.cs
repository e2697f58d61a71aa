namespace Telehealth.Progress.Data;

/// <summary>A scored questionnaire: ODI (percent) or Roland-Morris (0–24).</summary>
public sealed class StoredOutcome
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public string Measure { get; set; } = "";

    /// <summary>The answers as given, JSON.</summary>
    public string Answers { get; set; } = "[]";

    public double Score { get; set; }

    public double? ChangeFromBaseline { get; set; }

    public bool MinimalImportantChangeReached { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}
