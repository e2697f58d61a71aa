namespace Telehealth.Progress.Data;

public sealed class StoredNextDayCheck
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Guid ReportId { get; set; }

    public int Pain { get; set; }

    public int UsualPain { get; set; }

    public DateTimeOffset CheckedAt { get; set; }
}
