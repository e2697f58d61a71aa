using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Events;

/// <summary>A new version: future sessions take its items and frequencies; past ones stay as they were.</summary>
public sealed class ProgrammeAdjustedConsumer(SchedulingDbContext db, TimeProvider clock, PatientPlanning planning)
    : ProgrammeConsumer<ProgrammeAdjusted>(db, clock, planning)
{
    protected override async Task<Guid> RecordAsync(ProgrammeAdjusted message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ProgrammeCopies.RecordVersionAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, message.Items, now, cancellationToken);
        return message.PatientId;
    }
}
