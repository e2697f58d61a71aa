using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <param name="HorizonDays">Local days planned ahead, today included.</param>
/// <param name="SessionWindow">How long after its start a session may still be done before it counts as missed.</param>
/// <param name="SessionReminderLead">How long before a session starts its reminder is due.</param>
/// <param name="DefaultSessionTime">When sessions start on days the patient named no time for.</param>
public sealed record PlanningSettings(int HorizonDays, Duration SessionWindow, Duration SessionReminderLead, LocalTime DefaultSessionTime);
