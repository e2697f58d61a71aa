using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Events;

/// <summary>A red flag held the programme: future sessions and their reminders are cancelled, as for a pause, until the therapist decides.</summary>
public sealed class ProgrammeHeldConsumer(SchedulingDbContext db, TimeProvider clock, PatientPlanning planning)
    : ProgrammeConsumer<ProgrammeHeld>(db, clock, planning)
{
    protected override async Task<Guid> RecordAsync(ProgrammeHeld message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ProgrammeCopies.RecordStatusAsync(Db, message.ProgrammeId, message.PatientId, message.TherapistId, message.Version, ProgrammeStatus.Held, now, cancellationToken);
        return message.PatientId;
    }
}
