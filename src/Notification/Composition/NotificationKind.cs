namespace Telehealth.Notification.Composition;

public enum NotificationKind
{
    RedFlag = 1,
    PainFlare = 2,
    AdherenceDropped = 3,
    ProgressionSuggested = 4,
    RegressionSuggested = 5,
    ReviewRequested = 6,
    OutcomeRecorded = 7,
    ProgrammeReady = 8,
    SessionReminder = 9,
    MovementBreak = 10,
    AppointmentBooked = 11,
    AppointmentRescheduled = 12,
    AppointmentCancelled = 13,
    AppointmentReminder = 14,
    SessionMissed = 15,
    ProgrammeOnHold = 16,
    AutomaticChange = 17,
}
