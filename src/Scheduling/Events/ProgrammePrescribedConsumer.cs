using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Events;

/// <summary>A new programme: its sessions are planned over the coming weeks.</summary>
public sealed class ProgrammePrescribedConsumer(SchedulingDbContext db, TimeProvider clock, PatientPlanning planning)
    : ProgrammeConsumer<ProgrammePrescribed>(db, clock, planning)
{
    protected override async Task<Guid> RecordAsync(ProgrammePrescribed message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ProgrammeCopies.RecordVersionAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, message.Items, now, cancellationToken);
        return message.PatientId;
    }
}
