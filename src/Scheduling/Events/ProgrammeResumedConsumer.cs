using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Events;

/// <summary>Sessions are planned again from now with the items the programme had.</summary>
public sealed class ProgrammeResumedConsumer(SchedulingDbContext db, TimeProvider clock, PatientPlanning planning)
    : ProgrammeConsumer<ProgrammeResumed>(db, clock, planning)
{
    protected override async Task<Guid> RecordAsync(ProgrammeResumed message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ProgrammeCopies.RecordStatusAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeStatus.Active, now, cancellationToken);
        return message.PatientId;
    }
}
