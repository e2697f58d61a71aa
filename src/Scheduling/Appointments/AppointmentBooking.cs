using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using NodaTime;
using Grpc.Core;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Diagnostics;
using Telehealth.Scheduling.Grpc;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Schedules;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Scheduling.V1;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;

namespace Telehealth.Scheduling.Appointments;

/// <summary>
/// Books, moves and cancels reviews. The conflict check and the write happen in one transaction
/// (SQLite's single writer), so two bookings cannot both take the same time. A time that clashes
/// is bad input about starts_at, with every reason listed.
/// </summary>
public sealed class AppointmentBooking(
    SchedulingDbContext db,
    BookingCalendar calendar,
    PatientPlanning planning,
    IOptions<SchedulingOptions> options,
    SchedulingMetrics metrics,
    TimeProvider clock)
{
    private static readonly Duration Longest = Duration.FromHours(4);
    private static readonly Duration Shortest = Duration.FromMinutes(5);

    public async Task<Proto.Appointment> BookAsync(Proto.BookAppointmentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        RequestId(errors, request.RequestId);
        var patientId = errors.Uuid("patient_id", request.PatientId);
        var therapistId = errors.Uuid("therapist_id", request.TherapistId);
        var time = Period(errors, request.StartsAt, request.EndsAt, now);
        errors.MaxLength("reason", request.Reason, RequestLimits.AppointmentReason);
        errors.ThrowIfAny();
        await RequireBookingRightsAsync(caller, patientId, therapistId, cancellationToken);

        const string method = "BookAppointment";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.FindAnswerAsync(request.RequestId, method, caller.Id, Proto.Appointment.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        await RequireNoConflictsAsync(therapistId, patientId, time, movingAppointment: null, cancellationToken);
        var appointment = new Appointment
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            TherapistId = therapistId,
            StartsAt = time.Start.ToDateTimeOffset(),
            EndsAt = time.End.ToDateTimeOffset(),
            Status = AppointmentStatus.Booked,
            Reason = request.Reason,
            Urgent = request.Urgent,
            Origin = caller.Role == CallerRole.Therapist ? AppointmentOrigin.BookedByTherapist : AppointmentOrigin.BookedByPatient,
            BookedBy = caller.ToString(),
            BookedAt = now,
            UpdatedBy = caller.ToString(),
            UpdatedAt = now,
        };
        db.Appointments.Add(appointment);
        db.Publish(AppointmentEvents.Booked(appointment), now);
        AppointmentAudit.Booked(db, appointment, caller.ToString(), now);
        var response = await CommitAsync(appointment, method, request.RequestId, caller, now, transaction, cancellationToken);
        metrics.AppointmentChanged("booked", appointment.Origin.ToString());
        return response;
    }

    public async Task<Proto.Appointment> RescheduleAsync(Proto.RescheduleAppointmentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        RequestId(errors, request.RequestId);
        var appointmentId = errors.Uuid("appointment_id", request.AppointmentId);
        var time = Period(errors, request.StartsAt, request.EndsAt, now);
        errors.MaxLength("reason", request.Reason, RequestLimits.AppointmentReason);
        errors.ThrowIfAny();

        const string method = "RescheduleAppointment";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.FindAnswerAsync(request.RequestId, method, caller.Id, Proto.Appointment.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var appointment = await FindAsync(appointmentId, caller, cancellationToken);
        if (appointment.Status != AppointmentStatus.Booked)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, "appointment_id: the appointment is cancelled; book a new one."));
        }
        await RequireNoConflictsAsync(appointment.TherapistId, appointment.PatientId, time, appointment.Id, cancellationToken);
        var before = AppointmentAudit.Snapshot(appointment);
        var previousStart = appointment.StartsAt;
        appointment.StartsAt = time.Start.ToDateTimeOffset();
        appointment.EndsAt = time.End.ToDateTimeOffset();
        appointment.Sequence++;
        appointment.UpdatedBy = caller.ToString();
        appointment.UpdatedAt = now;
        db.Publish(AppointmentEvents.Rescheduled(appointment, previousStart), now);
        AppointmentAudit.Rescheduled(db, appointment, before, caller.ToString(), request.Reason, now);
        var response = await CommitAsync(appointment, method, request.RequestId, caller, now, transaction, cancellationToken);
        metrics.AppointmentChanged("rescheduled", appointment.Origin.ToString());
        return response;
    }

    public async Task<Proto.Appointment> CancelAsync(Proto.CancelAppointmentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        RequestId(errors, request.RequestId);
        var appointmentId = errors.Uuid("appointment_id", request.AppointmentId);
        errors.MaxLength("reason", request.Reason, RequestLimits.AppointmentReason);
        errors.ThrowIfAny();

        const string method = "CancelAppointment";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.FindAnswerAsync(request.RequestId, method, caller.Id, Proto.Appointment.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var appointment = await FindAsync(appointmentId, caller, cancellationToken);
        if (appointment.Status == AppointmentStatus.Cancelled)
        {
            return ScheduleMapping.ToProto(appointment);
        }
        var before = AppointmentAudit.Snapshot(appointment);
        appointment.Status = AppointmentStatus.Cancelled;
        appointment.CancelReason = request.Reason;
        appointment.UpdatedBy = caller.ToString();
        appointment.UpdatedAt = now;
        db.Publish(AppointmentEvents.Cancelled(appointment), now);
        AppointmentAudit.Cancelled(db, appointment, before, caller.ToString(), now);
        var response = await CommitAsync(appointment, method, request.RequestId, caller, now, transaction, cancellationToken);
        metrics.AppointmentChanged("cancelled", appointment.Origin.ToString());
        return response;
    }

    private async Task<Proto.Appointment> CommitAsync(Appointment appointment, string method, string requestId, Caller caller, DateTimeOffset now, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        // The patient's reminders follow the appointment.
        await planning.ReplanAsync(appointment.PatientId, now, cancellationToken);
        var response = ScheduleMapping.ToProto(appointment);
        db.RememberAnswer(requestId, method, caller.Id, response, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    private async Task RequireNoConflictsAsync(Guid therapistId, Guid patientId, Interval time, Guid? movingAppointment, CancellationToken cancellationToken)
    {
        var context = await calendar.ContextAsync(therapistId, patientId, time, movingAppointment, cancellationToken);
        var conflicts = ConflictDetector.Check(time, context);
        if (conflicts.Count > 0)
        {
            foreach (var conflict in conflicts)
            {
                metrics.BookingRefused(conflict.Kind);
            }
            throw RichStatus.InvalidArgument(conflicts.Select(c => ("starts_at", c.Explanation)));
        }
    }

    /// <summary>
    /// A therapist books for a patient in their caseload; a patient books with one of their
    /// therapists. Anyone else's patient or therapist is not theirs to book with: PERMISSION_DENIED,
    /// as for every other record outside the caller's care.
    /// </summary>
    private async Task RequireBookingRightsAsync(Caller caller, Guid patientId, Guid therapistId, CancellationToken cancellationToken)
    {
        switch (caller.Role)
        {
            case CallerRole.Therapist when caller.Id == therapistId:
                if (!await Caseload.IsTherapistOfAsync(db, therapistId, patientId, cancellationToken))
                {
                    throw new RpcException(new Status(StatusCode.PermissionDenied, "patient_id: not a patient in your care."));
                }
                return;
            case CallerRole.Patient when caller.Id == patientId:
                if (!await Caseload.IsTherapistOfAsync(db, therapistId, patientId, cancellationToken))
                {
                    throw new RpcException(new Status(StatusCode.PermissionDenied, "therapist_id: not one of your therapists."));
                }
                return;
            default:
                throw new RpcException(new Status(StatusCode.PermissionDenied, "Appointments are booked by the therapist or the patient themselves."));
        }
    }

    /// <summary>The appointment, if the caller is its therapist or patient; NOT_FOUND otherwise, revealing nothing.</summary>
    private async Task<Appointment> FindAsync(Guid appointmentId, Caller caller, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.FindAsync([appointmentId], cancellationToken);
        var theirs = appointment is not null && caller.Role switch
        {
            CallerRole.Therapist => appointment.TherapistId == caller.Id,
            CallerRole.Patient => appointment.PatientId == caller.Id,
            _ => false,
        };
        return theirs ? appointment! : throw new RpcException(new Status(StatusCode.NotFound, "appointment_id: no such appointment of yours."));
    }

    private static void RequestId(FieldErrors errors, string requestId) =>
        errors.Required("request_id", requestId).MaxLength("request_id", requestId, RequestLimits.RequestId);

    private Interval Period(FieldErrors errors, Timestamp? startsAt, Timestamp? endsAt, DateTimeOffset now)
    {
        var start = errors.Instant("starts_at", startsAt);
        var end = errors.Instant("ends_at", endsAt);
        if (start is not { } from || end is not { } to)
        {
            return default;
        }
        var earliest = Instant.FromDateTimeOffset(now + options.Value.MinimumBookingNotice);
        if (from < earliest)
        {
            errors.Add("starts_at", $"must be at least {options.Value.MinimumBookingNotice.TotalMinutes:0} minutes from now");
        }
        if (to <= from)
        {
            errors.Add("ends_at", "must be after starts_at");
        }
        else if (to - from < Shortest || to - from > Longest)
        {
            errors.Add("ends_at", $"must be {Shortest.TotalMinutes:0} minutes to {Longest.TotalHours:0} hours after starts_at");
        }
        return to > from ? new Interval(from, to) : default;
    }
}
