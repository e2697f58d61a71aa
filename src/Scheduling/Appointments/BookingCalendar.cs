using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Schedules;

namespace Telehealth.Scheduling.Appointments;

/// <summary>Both people's time as booking needs it: for checking a proposed time, and for finding free ones.</summary>
public sealed class BookingCalendar(SchedulingDbContext db, PatientPlanning planning, IOptions<SchedulingOptions> options)
{
    public async Task<BookingContext> ContextAsync(Guid therapistId, Guid patientId, Interval around, Guid? movingAppointment, CancellationToken cancellationToken)
    {
        var (from, to) = (around.Start.ToDateTimeOffset(), around.End.ToDateTimeOffset());
        var booked = await BookedAsync(therapistId, patientId, from, to, cancellationToken);
        var others = booked.Where(a => a.Id != movingAppointment).ToList();
        return new BookingContext(
            await HoursAsync(therapistId, cancellationToken),
            others.Where(a => a.TherapistId == therapistId).Select(Period).ToList(),
            others.Where(a => a.PatientId == patientId).Select(Period).ToList(),
            await planning.LoadPreferencesAsync(patientId, cancellationToken));
    }

    /// <summary>The earliest free slots; none when the therapist has published no hours.</summary>
    public async Task<IReadOnlyList<Interval>> FreeSlotsAsync(Guid therapistId, Guid patientId, Duration length, Instant notBefore, Instant notAfter, int maxResults, CancellationToken cancellationToken)
    {
        if (await HoursAsync(therapistId, cancellationToken) is not { } hours)
        {
            return [];
        }
        var booked = await BookedAsync(therapistId, patientId, notBefore.ToDateTimeOffset(), notAfter.ToDateTimeOffset(), cancellationToken);
        return FreeSlotFinder.Find(new FreeSlotQuery(
            hours,
            booked.Select(Period).ToList(),
            await planning.LoadPreferencesAsync(patientId, cancellationToken),
            length,
            notBefore,
            notAfter,
            Duration.FromTimeSpan(options.Value.SlotStep),
            maxResults));
    }

    public async Task<TherapistHours?> HoursAsync(Guid therapistId, CancellationToken cancellationToken) =>
        AvailabilityMapping.ToPlanning(await db.Availability.AsNoTracking().FirstOrDefaultAsync(a => a.TherapistId == therapistId, cancellationToken));

    private Task<List<Appointment>> BookedAsync(Guid therapistId, Guid patientId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        db.Appointments.AsNoTracking()
            .Where(a => a.Status == AppointmentStatus.Booked && (a.TherapistId == therapistId || a.PatientId == patientId) && a.StartsAt < to && a.EndsAt > from)
            .ToListAsync(cancellationToken);

    private static Interval Period(Appointment appointment) =>
        new(Instant.FromDateTimeOffset(appointment.StartsAt), Instant.FromDateTimeOffset(appointment.EndsAt));
}
