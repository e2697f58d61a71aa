using MassTransit;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Programmes;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Prescription.Events;

/// <summary>
/// A red flag holds every open programme of the patient at once (CLINICAL.md, red flags): nothing
/// changes by itself and routine reminders stop until the therapist has decided. The hold is a
/// version of its own, so the history and the audit trail show it.
/// </summary>
public sealed class RedFlagReportedConsumer(PrescriptionDbContext db, TimeProvider clock)
    : InboxConsumer<RedFlagReported, PrescriptionDbContext>(db, clock)
{
    private const string Reason =
        "On hold: the patient reported a red flag. Nothing changes by itself and routine reminders stop until you have " +
        "spoken with the patient and decided to resume, adjust, pause or complete the programme.";

    protected override async Task HandleAsync(RedFlagReported message, ConsumeContext<RedFlagReported> context)
    {
        var open = await Db.ProgrammesWithVersions
            .Where(p => p.PatientId == message.PatientId && (p.Status == ProgrammeStatus.Active || p.Status == ProgrammeStatus.Paused))
            .ToListAsync(context.CancellationToken);
        foreach (var programme in open)
        {
            if (programme.Hold(Actor.System, Clock.GetUtcNow(), Reason) is { } held)
            {
                ProgrammeEvents.Publish(Db, programme, held, message.ReportId);
                ProgrammeAudit.Record(Db, programme, held, ProgrammeAudit.ServiceActor);
            }
        }
    }
}
