using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Appointments;
using Telehealth.Scheduling.Data;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Scheduling.Events;

/// <summary>Progress asks for an earlier review: the earliest free time both have is booked and offered.</summary>
public sealed class ReviewRequestedConsumer(SchedulingDbContext db, TimeProvider clock, ReviewOffers offers)
    : InboxConsumer<ReviewRequested, SchedulingDbContext>(db, clock)
{
    protected override Task HandleAsync(ReviewRequested message, ConsumeContext<ReviewRequested> context) =>
        offers.OfferAsync(message, Clock.GetUtcNow(), context.CancellationToken);
}
