using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.Components.Scheduling;

namespace Telehealth.TherapistConsole.Tests.Support;

/// <summary>
/// A patient's reviews card, with scheduling offering two free times (a day and two days after
/// <see cref="Records.At"/>) of whatever length is asked. Tests give the appointments listed.
/// </summary>
public abstract class ReviewsCardContext : ConsoleContext
{
    protected static readonly Guid Patient = Guid.Parse("a0000000-0000-4000-8000-00000000000a");

    protected ReviewsCardContext()
    {
        Fake.Answer<FindFreeSlotsRequest, FindFreeSlotsResponse>("FindFreeSlots", request => new FindFreeSlotsResponse
        {
            Slots = { Slot(Records.At.AddDays(1), request.DurationMinutes), Slot(Records.At.AddDays(2), request.DurationMinutes) },
        });
    }

    protected IRenderedComponent<ReviewsCard> RenderCard() =>
        Render<ReviewsCard>(parameters => parameters.Add(p => p.PatientId, Patient).Add(p => p.Therapist, Therapist));

    protected static TimeSlot Slot(DateTimeOffset start, int minutes) =>
        new() { StartsAt = Timestamp.FromDateTimeOffset(start), EndsAt = Timestamp.FromDateTimeOffset(start.AddMinutes(minutes)) };
}
