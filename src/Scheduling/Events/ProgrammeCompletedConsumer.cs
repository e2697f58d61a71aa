using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Events;

/// <summary>Future sessions are cancelled; those done or missed stay.</summary>
public sealed class ProgrammeCompletedConsumer(SchedulingDbContext db, TimeProvider clock, PatientPlanning planning)
    : ProgrammeConsumer<ProgrammeCompleted>(db, clock, planning)
{
    protected override async Task<Guid> RecordAsync(ProgrammeCompleted message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ProgrammeCopies.RecordStatusAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeStatus.Completed, now, cancellationToken);
        return message.PatientId;
    }
}
