using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;

namespace Telehealth.Notification.Tests.Composition;

public sealed class SourceEventTests
{
    [Fact]
    public void The_same_event_has_the_same_identity_however_often_it_arrives()
    {
        var reminderId = Guid.NewGuid();
        Assert.Equal(SourceEvent.Of<SessionReminderDue>(reminderId), SourceEvent.Of<SessionReminderDue>(reminderId));
    }

    [Fact]
    public void Events_of_different_types_about_the_same_report_are_different_events()
    {
        var reportId = Guid.NewGuid();
        Assert.NotEqual(SourceEvent.Of<RedFlagReported>(reportId).Id, SourceEvent.Of<PainFlareDetected>(reportId).Id);
    }

    [Fact]
    public void Each_move_of_an_appointment_is_its_own_event()
    {
        var appointmentId = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow;
        Assert.NotEqual(
            SourceEvent.Of<AppointmentRescheduled>(appointmentId, at.AddDays(1), at),
            SourceEvent.Of<AppointmentRescheduled>(appointmentId, at.AddDays(2), at.AddMinutes(5)));
        // The same instant written with another offset is the same key.
        Assert.Equal(
            SourceEvent.Of<AppointmentRescheduled>(appointmentId, at),
            SourceEvent.Of<AppointmentRescheduled>(appointmentId, at.ToOffset(TimeSpan.FromHours(2))));
    }
}
