using System.Diagnostics.Metrics;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Timers;

namespace Telehealth.Scheduling.Diagnostics;

/// <summary>The service's own instruments; labels carry kinds and outcomes, never patients or therapists.</summary>
public sealed class SchedulingMetrics
{
    public const string MeterName = "Telehealth.Scheduling";

    private readonly Counter<long> _timersFired;
    private readonly Histogram<double> _lateness;
    private readonly Counter<long> _sessionChanges;
    private readonly Counter<long> _sessionsMissed;
    private readonly Counter<long> _appointments;
    private readonly Counter<long> _bookingsRefused;

    public SchedulingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _timersFired = meter.CreateCounter<long>("telehealth.scheduling.timers_fired", "{timer}", "Durable timers fired, by kind and outcome.");
        _lateness = meter.CreateHistogram<double>("telehealth.scheduling.timer_lateness", "s", "How long after their due time timers fired.");
        _sessionChanges = meter.CreateCounter<long>("telehealth.scheduling.session_changes", "{session}", "Sessions added, changed or cancelled by planning.");
        _sessionsMissed = meter.CreateCounter<long>("telehealth.scheduling.sessions_missed", "{session}", "Sessions whose window closed unreported.");
        _appointments = meter.CreateCounter<long>("telehealth.scheduling.appointment_changes", "{appointment}", "Appointments booked, rescheduled or cancelled, by origin.");
        _bookingsRefused = meter.CreateCounter<long>("telehealth.scheduling.bookings_refused", "{booking}", "Bookings refused for a conflict, by kind.");
    }

    public void TimerFired(TimerKind kind, TimerOutcome outcome, double latenessSeconds)
    {
        var kindTag = new KeyValuePair<string, object?>("kind", kind.ToString());
        _timersFired.Add(1, kindTag, new KeyValuePair<string, object?>("outcome", outcome.ToString()));
        _lateness.Record(latenessSeconds, kindTag);
    }

    public void SessionsPlanned(int added, int changed, int cancelled)
    {
        Add(_sessionChanges, added, "change", "added");
        Add(_sessionChanges, changed, "change", "changed");
        Add(_sessionChanges, cancelled, "change", "cancelled");
    }

    public void SessionMissed() => _sessionsMissed.Add(1);

    public void AppointmentChanged(string change, string origin) =>
        _appointments.Add(1, new KeyValuePair<string, object?>("change", change), new KeyValuePair<string, object?>("origin", origin));

    public void BookingRefused(ConflictKind kind) => _bookingsRefused.Add(1, new KeyValuePair<string, object?>("conflict", kind.ToString()));

    private static void Add(Counter<long> counter, int count, string key, string value)
    {
        if (count > 0)
        {
            counter.Add(count, new KeyValuePair<string, object?>(key, value));
        }
    }
}
