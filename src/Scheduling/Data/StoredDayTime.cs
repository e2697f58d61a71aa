namespace Telehealth.Scheduling.Data;

/// <summary>A local time on a day of the week (ISO: 1 Monday … 7 Sunday), "HH:MM[:SS]".</summary>
public sealed record StoredDayTime(int Day, string Time);
