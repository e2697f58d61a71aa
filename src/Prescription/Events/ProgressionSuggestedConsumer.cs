using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Prescription.Events;

public sealed class ProgressionSuggestedConsumer(PrescriptionDbContext db, TimeProvider clock, ILogger<ProgressionSuggestedConsumer> logger)
    : InboxConsumer<ProgressionSuggested, PrescriptionDbContext>(db, clock)
{
    protected override Task HandleAsync(ProgressionSuggested message, ConsumeContext<ProgressionSuggested> context) =>
        SuggestionIntake.ReceiveAsync(Db, logger, message.SuggestionId, message.ProgrammeId, message.ItemId, SuggestionKind.Progression,
            message.Proposed, message.Explanation, message.BasedOnVersion, Clock.GetUtcNow(), context.CancellationToken);
}
