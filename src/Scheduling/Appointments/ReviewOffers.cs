using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Diagnostics;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Appointments;

/// <summary>
/// When progress asks for a review (a flare, a red flag), the earliest time free for both is booked
/// and offered; the patient or therapist can move or cancel it like any other. An appointment
/// already booked soon enough meets the request instead. Without free time the request waits and is
/// placed when the therapist's hours change.
/// </summary>
public sealed class ReviewOffers(
    SchedulingDbContext db,
    BookingCalendar calendar,
    PatientPlanning planning,
    IOptions<SchedulingOptions> options,
    SchedulingMetrics metrics)
{
    private const string OfferedBy = "service:scheduling";

    public async Task OfferAsync(ReviewRequested message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.ReviewRequests.FindAsync([message.RequestId], cancellationToken) is not null)
        {
            return;
        }
        var request = new ReviewRequest
        {
            RequestId = message.RequestId,
            PatientId = message.PatientId,
            TherapistId = message.TherapistId,
            Reason = message.Reason,
            Urgent = message.Urgent,
            RequestedAt = message.RequestedAt.ToUniversalTime(),
            ReportId = message.ReportId == Guid.Empty ? null : message.ReportId,
            Status = ReviewRequestStatus.Pending,
            UpdatedAt = now,
        };
        db.ReviewRequests.Add(request);
        await PlaceAsync(request, now, cancellationToken);
    }

    public async Task PlacePendingAsync(Guid therapistId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await db.ReviewRequests
            .Where(r => r.TherapistId == therapistId && r.Status == ReviewRequestStatus.Pending)
            .ToListAsync(cancellationToken);
        foreach (var request in pending.OrderByDescending(r => r.Urgent).ThenBy(r => r.RequestedAt))
        {
            await PlaceAsync(request, now, cancellationToken);
        }
    }

    private async Task PlaceAsync(ReviewRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var soonEnough = now.AddDays(request.Urgent ? settings.UrgentReviewWithinDays : settings.ReviewWithinDays);
        var booked = await db.Appointments
            .Where(a => a.PatientId == request.PatientId && a.TherapistId == request.TherapistId && a.Status == AppointmentStatus.Booked && a.StartsAt > now && a.StartsAt <= soonEnough)
            .OrderBy(a => a.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (booked is not null)
        {
            Resolve(request, ReviewRequestStatus.AlreadyBooked, booked.Id, now);
            return;
        }
        var notBefore = Instant.FromDateTimeOffset(now + settings.MinimumBookingNotice);
        var slots = await calendar.FreeSlotsAsync(
            request.TherapistId, request.PatientId, Duration.FromTimeSpan(settings.ReviewDuration),
            notBefore, notBefore + Duration.FromDays(settings.FreeSlotSearchDays), 1, cancellationToken);
        if (slots.Count == 0)
        {
            return;
        }
        var appointment = new Appointment
        {
            Id = Guid.NewGuid(),
            PatientId = request.PatientId,
            TherapistId = request.TherapistId,
            StartsAt = slots[0].Start.ToDateTimeOffset(),
            EndsAt = slots[0].End.ToDateTimeOffset(),
            Status = AppointmentStatus.Booked,
            Reason = request.Reason,
            Urgent = request.Urgent,
            Origin = AppointmentOrigin.ReviewRequest,
            BookedBy = OfferedBy,
            BookedAt = now,
            UpdatedBy = OfferedBy,
            UpdatedAt = now,
        };
        db.Appointments.Add(appointment);
        db.Publish(AppointmentEvents.Booked(appointment) with { ReportId = request.ReportId }, now);
        AppointmentAudit.Booked(db, appointment, OfferedBy, now);
        Resolve(request, ReviewRequestStatus.Offered, appointment.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        await planning.ReplanAsync(request.PatientId, now, cancellationToken);
        metrics.AppointmentChanged("booked", appointment.Origin.ToString());
    }

    private static void Resolve(ReviewRequest request, ReviewRequestStatus status, Guid appointmentId, DateTimeOffset now)
    {
        request.Status = status;
        request.AppointmentId = appointmentId;
        request.UpdatedAt = now;
    }
}
