using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Lookups;

/// <summary>
/// An appointment named by the start of its id: looked up among the therapist's booked appointments
/// from yesterday to four months ahead (the longest range the service lists at once).
/// </summary>
internal static class AppointmentLookup
{
    private static readonly TimeSpan Behind = TimeSpan.FromDays(1);
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(119);

    /// <summary>
    /// The appointment the id starts, from the listing; null only when the whole id was given and the
    /// listing does not hold it (the service may still know it).
    /// </summary>
    public static async Task<Appointment?> FindAsync(CommandContext context, IdPrefix prefix)
    {
        var now = context.Now;
        var listing = await context.Scheduling.ListAppointmentsAsync(new ListAppointmentsRequest
        {
            From = Timestamp.FromDateTimeOffset(now - Behind),
            To = Timestamp.FromDateTimeOffset(now + Ahead),
        }, context.Cancellation);
        if (prefix.Whole is { } whole)
        {
            return listing.Appointments.FirstOrDefault(a => Guid.TryParse(a.AppointmentId, out var id) && id == whole);
        }
        return IdMatch.Single(
            listing.Appointments, prefix, a => a.AppointmentId,
            a => $"{context.Output.Time(a.StartsAt)} with patient {ShortIds.Of(a.PatientId)}",
            "booked appointment in your calendar");
    }

    /// <summary>The appointment's id: as given when whole, else looked up.</summary>
    public static async Task<string> ResolveAsync(CommandContext context, IdPrefix prefix) =>
        prefix.Whole?.ToString() ?? (await FindAsync(context, prefix))!.AppointmentId;
}
