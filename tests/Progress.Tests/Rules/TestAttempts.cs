using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

internal static class TestAttempts
{
    /// <summary>An attempt on <paramref name="day"/>, its next morning checked and no worse than usual unless <paramref name="nextDay"/> says otherwise.</summary>
    public static ExerciseAttempt On(int day, ExerciseResult result, int painBefore = 2, int painAfter = 3, NextDayPainCheck? nextDay = null) =>
        new(TestReports.SessionId(day), TestReports.On(day), painBefore, painAfter, result, nextDay ?? UsualMorningAfter(day), DayOf(day));

    /// <summary>An attempt whose next morning was never checked.</summary>
    public static ExerciseAttempt Unchecked(int day, ExerciseResult result) =>
        new(TestReports.SessionId(day), TestReports.On(day), 2, 3, result, NextDayCheck: null, DayOf(day));

    /// <summary>The calendar day of <paramref name="day"/>, the fixed calendar being in UTC.</summary>
    public static DateOnly DayOf(int day) => DateOnly.FromDateTime(TestReports.On(day).UtcDateTime);

    public static NextDayPainCheck UsualMorningAfter(int day) => new(TestReports.SessionId(day), TestReports.On(day + 1), 2, 2);

    /// <summary>Qualifying attempts on the given days.</summary>
    public static IReadOnlyList<ExerciseAttempt> AtTargetOn(ProgrammeItemDosage dosage, params int[] days) =>
        days.Select(day => On(day, TestResults.AtTarget(dosage))).ToList();
}
