using Microsoft.EntityFrameworkCore;
using NodaTime;
using Grpc.Core;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Grpc;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Schedules;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Appointments;

/// <summary>
/// A therapist's weekly hours and exceptions. Appointments already booked stay where they are;
/// reviews waiting for free time are placed as soon as the new hours allow.
/// </summary>
public sealed class AvailabilitySubmission(SchedulingDbContext db, ReviewOffers reviews, TimeProvider clock)
{
    private const string Method = "SetAvailability";

    public async Task<Proto.Availability> SetAsync(Proto.SetAvailabilityRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (therapistId, zone, weekly, exceptions) = Validate(request);
        if (caller.Role != CallerRole.Therapist || caller.Id != therapistId)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Only the therapist may set their own availability."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.FindAnswerAsync(request.RequestId, Method, caller.Id, Proto.Availability.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var stored = await db.Availability.FindAsync([therapistId], cancellationToken);
        if (stored is null)
        {
            stored = new TherapistAvailability { TherapistId = therapistId };
            db.Availability.Add(stored);
        }
        stored.TimeZone = zone.Id;
        stored.WeeklyHours = weekly.Select(ScheduleMapping.ToStored).ToList();
        stored.Exceptions = exceptions;
        stored.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        await reviews.PlacePendingAsync(therapistId, now, cancellationToken);
        var response = AvailabilityMapping.ToProto(stored, therapistId);
        db.RememberAnswer(request.RequestId, Method, caller.Id, response, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    public async Task<Proto.Availability> GetAsync(Guid therapistId, Caller caller, CancellationToken cancellationToken)
    {
        var allowed = caller.Role switch
        {
            CallerRole.Therapist => caller.Id == therapistId,
            CallerRole.Patient => await Caseload.IsTherapistOfAsync(db, therapistId, caller.Id, cancellationToken),
            _ => false,
        };
        if (!allowed)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "therapist_id: no such therapist of yours."));
        }
        var stored = await db.Availability.AsNoTracking().FirstOrDefaultAsync(a => a.TherapistId == therapistId, cancellationToken);
        return AvailabilityMapping.ToProto(stored, therapistId);
    }

    private static (Guid TherapistId, DateTimeZone Zone, List<DailyHours> Weekly, List<StoredAvailabilityException> Exceptions) Validate(Proto.SetAvailabilityRequest request)
    {
        var errors = new FieldErrors();
        errors.Required("request_id", request.RequestId).MaxLength("request_id", request.RequestId, RequestLimits.RequestId);
        var therapistId = errors.Uuid("therapist_id", request.TherapistId);
        var zone = errors.TimeZone("time_zone", request.TimeZone);
        var weekly = errors.AtMost("weekly_hours", request.WeeklyHours, RequestLimits.WeeklyHours).Select((hours, i) => errors.Hours($"weekly_hours[{i}]", hours)).ToList();
        errors.NoOverlaps("weekly_hours", weekly);

        var exceptionEntries = errors.AtMost("exceptions", request.Exceptions, RequestLimits.Exceptions);
        var exceptions = new List<StoredAvailabilityException>();
        for (var i = 0; i < exceptionEntries.Count; i++)
        {
            var exception = exceptionEntries[i];
            var start = errors.Instant($"exceptions[{i}].starts_at", exception.StartsAt);
            var end = errors.Instant($"exceptions[{i}].ends_at", exception.EndsAt);
            errors.MaxLength($"exceptions[{i}].reason", exception.Reason, RequestLimits.ExceptionReason);
            if (start is { } from && end is { } to)
            {
                if (to <= from)
                {
                    errors.Add($"exceptions[{i}].ends_at", "must be after starts_at");
                }
                else
                {
                    exceptions.Add(new StoredAvailabilityException(from.ToDateTimeOffset(), to.ToDateTimeOffset(), exception.Available, exception.Reason));
                }
            }
        }
        errors.ThrowIfAny();
        return (therapistId, zone!, weekly.OfType<DailyHours>().ToList(), exceptions);
    }
}
