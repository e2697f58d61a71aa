namespace Telehealth.Scheduling.Data;

/// <summary>Local hours on a day of the week (ISO: 1 Monday … 7 Sunday).</summary>
public sealed record StoredDailyHours(int Day, string Start, string End);
