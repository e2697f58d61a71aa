using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

internal static class TestAttempts
{
    public static ExerciseAttempt On(int day, ExerciseResult result, int painBefore = 2, int painAfter = 3, NextDayPainCheck? nextDay = null) =>
        new(TestReports.SessionId(day), TestReports.On(day), painBefore, painAfter, result, nextDay);

    /// <summary>Qualifying attempts on the given days.</summary>
    public static IReadOnlyList<ExerciseAttempt> AtTargetOn(ProgrammeItemDosage dosage, params int[] days) =>
        days.Select(day => On(day, TestResults.AtTarget(dosage))).ToList();
}
