using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Input;

/// <summary>Days of the week as the scheduling service numbers them: Monday is 1 and Sunday 7, as in ISO 8601.</summary>
internal static class SchedulingDays
{
    public static Weekday Of(DayOfWeek day) => day == DayOfWeek.Sunday ? Weekday.Sunday : (Weekday)(int)day;

    public static DayOfWeek From(Weekday day) => day == Weekday.Sunday ? DayOfWeek.Sunday : (DayOfWeek)(int)day;
}
