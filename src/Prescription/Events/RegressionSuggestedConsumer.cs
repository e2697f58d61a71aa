using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Prescription.Events;

public sealed class RegressionSuggestedConsumer(PrescriptionDbContext db, TimeProvider clock, ILogger<RegressionSuggestedConsumer> logger)
    : InboxConsumer<RegressionSuggested, PrescriptionDbContext>(db, clock)
{
    protected override Task HandleAsync(RegressionSuggested message, ConsumeContext<RegressionSuggested> context) =>
        SuggestionIntake.ReceiveAsync(Db, logger, IncomingSuggestion.From(message), Clock.GetUtcNow(), context.CancellationToken);
}
