using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Grpc.Core;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Grpc;
using Telehealth.Scheduling.Schedules;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Appointments;

/// <summary>The therapist's appointments and waiting reviews, and free time for a therapist and a patient.</summary>
public sealed class AppointmentQueries(SchedulingDbContext db, BookingCalendar calendar, IOptions<SchedulingOptions> options, TimeProvider clock)
{
    private const int LongestRangeDays = 120;
    private const int DefaultSlots = 5;
    private const int MostSlots = 50;

    public async Task<Proto.ListAppointmentsResponse> ListAsync(Proto.ListAppointmentsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var from = errors.Instant("from", request.From, required: false) ?? Instant.FromDateTimeOffset(now);
        var to = errors.Instant("to", request.To, required: false) ?? from + Duration.FromDays(options.Value.PlanningHorizonDays);
        Guid? patientId = request.PatientId.Length > 0 ? errors.Uuid("patient_id", request.PatientId) : null;
        Range(errors, from, to);
        errors.ThrowIfAny();
        caller.Require(CallerRole.Therapist);
        if (patientId is { } patient && !await Caseload.IsTherapistOfAsync(db, caller.Id, patient, cancellationToken))
        {
            // Asking about someone else's patient is refused, as for every other read of their schedule.
            throw new RpcException(new Status(StatusCode.NotFound, "patient_id: no such patient in your care."));
        }

        var (start, end) = (from.ToDateTimeOffset(), to.ToDateTimeOffset());
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.TherapistId == caller.Id && a.StartsAt < end && a.EndsAt > start)
            .Where(a => patientId == null || a.PatientId == patientId)
            .Where(a => request.IncludeCancelled || a.Status == AppointmentStatus.Booked)
            .OrderBy(a => a.StartsAt)
            .ToListAsync(cancellationToken);
        var pending = await db.ReviewRequests.AsNoTracking()
            .Where(r => r.TherapistId == caller.Id && r.Status == ReviewRequestStatus.Pending)
            .Where(r => patientId == null || r.PatientId == patientId)
            .OrderBy(r => r.RequestedAt)
            .ToListAsync(cancellationToken);
        var response = new Proto.ListAppointmentsResponse();
        response.Appointments.AddRange(appointments.Select(ScheduleMapping.ToProto));
        response.PendingReviews.AddRange(pending.Select(r => new Proto.PendingReview
        {
            RequestId = r.RequestId.ToString(),
            PatientId = r.PatientId.ToString(),
            Reason = r.Reason,
            Urgent = r.Urgent,
            RequestedAt = r.RequestedAt.ToTimestamp(),
        }));
        return response;
    }

    public async Task<Proto.FindFreeSlotsResponse> FreeSlotsAsync(Proto.FindFreeSlotsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var therapistId = errors.Uuid("therapist_id", request.TherapistId);
        var patientId = errors.Uuid("patient_id", request.PatientId);
        errors.InRange("duration_minutes", request.DurationMinutes, 5, 240);
        if (request.MaxResults != 0)
        {
            errors.InRange("max_results", request.MaxResults, 1, MostSlots);
        }
        var earliest = Instant.FromDateTimeOffset(now + options.Value.MinimumBookingNotice);
        var from = errors.Instant("not_before", request.NotBefore, required: false) is { } asked && asked > earliest ? asked : earliest;
        var to = errors.Instant("not_after", request.NotAfter, required: false) ?? from + Duration.FromDays(options.Value.FreeSlotSearchDays);
        if (to <= from)
        {
            errors.Add("not_after", "must be after not_before and the booking notice");
        }
        else if (to - from > Duration.FromDays(LongestRangeDays))
        {
            errors.Add("not_after", $"must be at most {LongestRangeDays} days after not_before");
        }
        errors.ThrowIfAny();
        var allowed = caller.Role switch
        {
            CallerRole.Therapist => caller.Id == therapistId && await Caseload.IsTherapistOfAsync(db, therapistId, patientId, cancellationToken),
            CallerRole.Patient => caller.Id == patientId && await Caseload.IsTherapistOfAsync(db, therapistId, patientId, cancellationToken),
            _ => false,
        };
        if (!allowed)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "patient_id: no such patient and therapist pair of yours."));
        }

        var slots = await calendar.FreeSlotsAsync(therapistId, patientId, Duration.FromMinutes(request.DurationMinutes), from, to,
            request.MaxResults == 0 ? DefaultSlots : request.MaxResults, cancellationToken);
        var response = new Proto.FindFreeSlotsResponse();
        response.Slots.AddRange(slots.Select(s => new Proto.TimeSlot { StartsAt = s.Start.ToTimestamp(), EndsAt = s.End.ToTimestamp() }));
        return response;
    }

    private static void Range(FieldErrors errors, Instant from, Instant to)
    {
        if (to <= from)
        {
            errors.Add("to", "must be after from");
        }
        else if (to - from > Duration.FromDays(LongestRangeDays))
        {
            errors.Add("to", $"must be at most {LongestRangeDays} days after from");
        }
    }
}
