using Telehealth.Contracts.Events.V1;

namespace Telehealth.Scheduling.Tests.Support;

/// <summary>Prescription's events, as the consumers receive them.</summary>
internal static class Programmes
{
    public static ProgrammeItemSnapshot Item(string name, int? perWeek, params DayOfWeek[] days) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, "StabiliserActivation",
            new DosageSnapshot(3, 8, 12, null, null, null, perWeek, days, null, null, null), null, false, null, null, null);

    public static ProgrammeItemSnapshot MovementBreak(int intervalMinutes) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Movement break during desk work", "Posture",
            new DosageSnapshot(null, null, null, null, null, null, null, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], null, null, intervalMinutes), null, false, null, null, null);

    public static ProgrammePrescribed Prescribed(Guid programmeId, Guid patientId, Guid therapistId, DateTimeOffset at, params ProgrammeItemSnapshot[] items) =>
        new(programmeId, patientId, therapistId, 1, items.Length > 0 ? items : [Item("Bird-dog", 7)], 14, at);
}
