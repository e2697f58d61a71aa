using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Prescription.Events;

public sealed class ProgressionSuggestedConsumer(PrescriptionDbContext db, TimeProvider clock, ILogger<ProgressionSuggestedConsumer> logger)
    : InboxConsumer<ProgressionSuggested, PrescriptionDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgressionSuggested message, ConsumeContext<ProgressionSuggested> context) =>
        SuggestionIntake.ReceiveAsync(Db, logger, IncomingSuggestion.From(message), Clock.GetUtcNow(), context.CancellationToken);
}
