using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Events;

/// <summary>Future sessions are cancelled; those done or missed stay.</summary>
public sealed class ProgrammePausedConsumer(SchedulingDbContext db, TimeProvider clock, PatientPlanning planning)
    : ProgrammeConsumer<ProgrammePaused>(db, clock, planning)
{
    protected override async Task<Guid> RecordAsync(ProgrammePaused message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ProgrammeCopies.RecordStatusAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeStatus.Paused, now, cancellationToken);
        return message.PatientId;
    }
}
