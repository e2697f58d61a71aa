using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Data;

/// <summary>An exercise session in a patient's schedule. Instants are UTC; the local day and time are as planned.</summary>
public sealed class PlannedSession
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>The programme version whose items the session holds.</summary>
    public int ProgrammeVersion { get; set; }

    /// <summary>YYYY-MM-DD in <see cref="TimeZone"/>.</summary>
    public string LocalDate { get; set; } = "";

    public string LocalStartTime { get; set; } = "";

    public string TimeZone { get; set; } = "UTC";

    public DateTimeOffset WindowStart { get; set; }

    public DateTimeOffset WindowEnd { get; set; }

    public SessionState State { get; set; }

    public List<PlannedExercise> Exercises { get; set; } = [];

    /// <summary>Goes up each time a re-plan moves or changes the session (the calendar's SEQUENCE).</summary>
    public int Revision { get; set; }

    public Guid? ReportId { get; set; }

    public DateTimeOffset PlannedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
