using NodaTime;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class TrainingDaysTests
{
    private const IsoDayOfWeek Mon = IsoDayOfWeek.Monday, Tue = IsoDayOfWeek.Tuesday, Wed = IsoDayOfWeek.Wednesday,
        Thu = IsoDayOfWeek.Thursday, Fri = IsoDayOfWeek.Friday, Sat = IsoDayOfWeek.Saturday, Sun = IsoDayOfWeek.Sunday;

    public static TheoryData<int, IsoDayOfWeek[], IsoDayOfWeek[]> Cases => new()
    {
        // Spread over the whole week when the patient has no preferred days: rest days between.
        { 1, [], [Mon] },
        { 2, [], [Mon, Thu] },
        { 3, [], [Mon, Wed, Fri] },
        { 7, [], [Mon, Tue, Wed, Thu, Fri, Sat, Sun] },
        // Preferred days first.
        { 2, [Tue, Sat], [Tue, Sat] },
        { 1, [Tue, Sat], [Tue] },
        { 2, [Mon, Tue, Wed, Thu, Fri], [Mon, Wed] },
        // More than preferred: all of them, and the rest spread over the other days.
        { 3, [Sat, Sun], [Mon, Sat, Sun] },
        // More than a week's worth is one a day.
        { 10, [Mon], [Mon, Tue, Wed, Thu, Fri, Sat, Sun] },
        { 0, [Mon], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sessions_a_week_become_the_same_days_every_week(int perWeek, IsoDayOfWeek[] preferred, IsoDayOfWeek[] expected)
    {
        Assert.Equal(expected, TrainingDays.Choose(perWeek, preferred).Order());
    }
}
