using MassTransit;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.Progress.Rules;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Progress.Events;

/// <summary>
/// A therapist acknowledged an alert in their inbox: the alerts of that kind raised for the
/// patient up to then are acknowledged here too, so triage stops showing them as open.
/// </summary>
public sealed class AlertAcknowledgedConsumer(ProgressDbContext db, TimeProvider clock)
    : InboxConsumer<AlertAcknowledged, ProgressDbContext>(db, clock)
{
    protected override async Task HandleAsync(AlertAcknowledged message, ConsumeContext<AlertAcknowledged> context)
    {
        var kinds = KindsFor(message.Kind);
        var open = await Db.Alerts
            .Where(a => a.PatientId == message.PatientId && kinds.Contains(a.Kind) && a.AcknowledgedAt == null && a.RaisedAt <= message.RaisedAt)
            .ToListAsync(context.CancellationToken);
        foreach (var alert in open)
        {
            alert.AcknowledgedAt = message.AcknowledgedAt;
            alert.AcknowledgedBy = message.AcknowledgedBy;
        }
    }

    /// <summary>The notification kinds of an acknowledged alert, as progress names what it raised.</summary>
    private static string[] KindsFor(string notificationKind) => notificationKind switch
    {
        "RedFlag" => [nameof(AlertKind.RedFlag)],
        "PainFlare" => [nameof(AlertKind.PainFlare), nameof(AlertKind.NextDayPainWorse)],
        "AdherenceDropped" => [nameof(AlertKind.LowAdherence)],
        _ => [],
    };
}
