using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

/// <summary>Session reports on a fixed calendar, one session id per day.</summary>
internal static class TestReports
{
    public static readonly Guid PatientId = new("20000000-0000-0000-0000-000000000001");
    public static readonly Guid ProgrammeId = new("30000000-0000-0000-0000-000000000001");
    public static readonly DateTimeOffset Day0 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static Guid SessionId(int day) => new($"40000000-0000-0000-0000-{day:D12}");

    public static DateTimeOffset On(int day) => Day0.AddDays(day);

    public static SessionReport Session(int day, int painBefore, int painAfter, params ExerciseResult[] exercises) =>
        new(SessionId(day), PatientId, ProgrammeId, On(day), painBefore, painAfter, exercises, []);

    public static SessionReport WithRedFlags(SessionReport report, params RedFlag[] flags) =>
        report with { RedFlagAnswers = flags.Select(f => new RedFlagAnswer(f, true)).ToList() };
}
