using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

/// <summary>Keeps the patient's time zone, so days of training are counted where the patient lives.</summary>
public sealed class PatientTimeZoneChangedConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxConsumer<PatientTimeZoneChanged, ProgressDbContext>(db, clock)
{
    protected override async Task HandleAsync(PatientTimeZoneChanged message, ConsumeContext<PatientTimeZoneChanged> context)
    {
        var known = await Db.PatientTimeZones.FindAsync([message.PatientId], context.CancellationToken);
        if (known is null)
        {
            Db.PatientTimeZones.Add(new PatientTimeZone { PatientId = message.PatientId, TimeZone = message.TimeZone, ChangedAt = message.ChangedAt });
        }
        else if (message.ChangedAt >= known.ChangedAt)
        {
            known.TimeZone = message.TimeZone;
            known.ChangedAt = message.ChangedAt;
        }
    }
}
