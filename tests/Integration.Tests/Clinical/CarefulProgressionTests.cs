using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Weekday = Telehealth.Contracts.Prescription.V1.Weekday;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>
/// Progression only on evidence from separate, scheduled days with the next morning checked;
/// a flare eases what it implicates by about 10 %. Each seen on the running services.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed class CarefulProgressionTests(ClinicalSystem system)
{
    private static readonly DateTimeOffset Yesterday = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-1);

    private static Dosage Cable => new() { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20, SessionsPerWeek = 3 };

    [Fact]
    public async Task Good_reports_minutes_apart_on_one_day_earn_no_progression()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync(("Cable/pulley trunk extension", Cable), ("Side plank", new Dosage { Sets = 2, RepsMin = 3, RepsMax = 3, HoldSeconds = 20, SessionsPerWeek = 3 }));

        await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddHours(10), painBefore: 2, painAfter: 2));
        var second = await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddHours(10).AddMinutes(5), painBefore: 2, painAfter: 2));

        Assert.Empty(scenario.SuggestionsMade());
        Assert.DoesNotContain(second.Feedback, f => f.Message.Contains("Well done"));
    }

    [Fact]
    public async Task Two_days_each_checked_the_next_morning_earn_one_step_per_exercise()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync(("Cable/pulley trunk extension", Cable));

        var first = scenario.ReportAll(Yesterday.AddDays(-2).AddHours(10), painBefore: 2, painAfter: 2);
        await scenario.SubmitAsync(first);
        await scenario.CheckNextMorningAsync(first);
        var second = await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddHours(10), painBefore: 2, painAfter: 2));

        Assert.Equal(new[] { (scenario.ItemId, "Progression") }, scenario.SuggestionsMade());
        Assert.Contains(second.Feedback, f => f.Message.Contains("Well done"));
    }

    [Fact]
    public async Task A_day_without_its_next_morning_check_is_no_evidence()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync(("Cable/pulley trunk extension", Cable));

        await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddDays(-2).AddHours(10), painBefore: 2, painAfter: 2));
        await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddHours(10), painBefore: 2, painAfter: 2));

        Assert.Empty(scenario.SuggestionsMade());
    }

    [Fact]
    public async Task Exercises_done_on_days_they_are_not_scheduled_are_recorded_but_earn_nothing()
    {
        var scenario = new ClinicalScenario(system);
        var offDays = new[] { Yesterday.AddDays(-2), Yesterday }.Select(d => d.DayOfWeek).ToHashSet();
        var scheduled = Enum.GetValues<DayOfWeek>().Where(d => !offDays.Contains(d)).Select(ToWeekday);
        var dosage = Cable;
        dosage.ClearSessionsPerWeek();
        dosage.Days.AddRange(scheduled);
        await scenario.PrescribeAsync(("Cable/pulley trunk extension", dosage));

        var first = scenario.ReportAll(Yesterday.AddDays(-2).AddHours(10), painBefore: 2, painAfter: 2);
        await scenario.SubmitAsync(first);
        await scenario.CheckNextMorningAsync(first);
        await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddHours(10), painBefore: 2, painAfter: 2));

        Assert.Empty(scenario.SuggestionsMade());
        var reports = await system.Progress.CallAsync<ListSessionReportsRequest, ListSessionReportsResponse>("ListSessionReports",
            new ListSessionReportsRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Patient);
        Assert.Equal(2, reports.Reports.Count);
    }

    [Fact]
    public async Task Days_are_the_patients_own_once_scheduling_knows_their_time_zone()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync(("Cable/pulley trunk extension", Cable));
        // 09:30 and 10:30 UTC fall either side of midnight at UTC+14.
        await system.Scheduling.CallAsync<SetPreferencesRequest, Preferences>("SetPreferences",
            new SetPreferencesRequest { RequestId = Guid.NewGuid().ToString(), PatientId = scenario.Patient.Id.ToString(), TimeZone = "Pacific/Kiritimati" }, scenario.Patient);
        await Eventually.SucceedsAsync(
            () => Task.FromResult(DatabaseRows.Select(system.DatabaseFile("progressdb"), "SELECT TimeZone FROM patient_time_zones WHERE upper(PatientId) = upper($id)",
                scenario.Patient.Id.ToString(), row => row.GetString(0))),
            zones => zones.Count == 1);

        var late = scenario.ReportAll(Yesterday.AddHours(9).AddMinutes(30), painBefore: 2, painAfter: 2);
        await scenario.SubmitAsync(late);
        await scenario.CheckNextMorningAsync(late);
        await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddHours(10).AddMinutes(30), painBefore: 2, painAfter: 2));

        Assert.Equal(new[] { (scenario.ItemId, "Progression") }, scenario.SuggestionsMade());
    }

    [Fact]
    public async Task A_flare_eases_only_the_exercise_that_hurt_by_about_ten_percent()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync(
            ("Cable/pulley trunk extension", Cable),
            ("Bird-dog", new Dosage { Sets = 2, RepsMin = 8, RepsMax = 10, HoldSeconds = 10, SessionsPerWeek = 3 }),
            ("Psoas / hip-flexor stretch", new Dosage { HoldsPerSide = 2, HoldSeconds = 30, SessionsPerWeek = 7 }));

        var answer = await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddHours(10), painBefore: 2, painAfter: 5,
            new Dictionary<string, int> { ["Bird-dog"] = 7 }));

        Assert.True(answer.TherapistAlerted);
        var birdDog = scenario.Programme.Items.Single(i => i.ExerciseName == "Bird-dog").ItemId;
        Assert.Equal(new[] { (birdDog, "Regression") }, scenario.SuggestionsMade());
        var suggestion = (await scenario.PendingSuggestionsAsync(list => list.Suggestions.Any(s => s.Kind == SuggestionKind.Regression))).Suggestions.Single();
        Assert.Equal((10, 9), (suggestion.Current.HoldSeconds, suggestion.Proposed.HoldSeconds));
    }

    [Fact]
    public async Task A_flare_naming_no_exercise_eases_the_loaded_work_and_spares_the_stretch()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync(
            ("Cable/pulley trunk extension", Cable),
            ("Psoas / hip-flexor stretch", new Dosage { HoldsPerSide = 2, HoldSeconds = 30, SessionsPerWeek = 7 }));

        await scenario.SubmitAsync(scenario.ReportAll(Yesterday.AddHours(10), painBefore: 2, painAfter: 5));

        Assert.Equal(new[] { (scenario.ItemId, "Regression") }, scenario.SuggestionsMade());
        var suggestion = (await scenario.PendingSuggestionsAsync(list => list.Suggestions.Any(s => s.Kind == SuggestionKind.Regression))).Suggestions.Single();
        Assert.Equal((20d, 18d), (suggestion.Current.LoadKg, suggestion.Proposed.LoadKg));
    }

    private static Weekday ToWeekday(DayOfWeek day) => day == DayOfWeek.Sunday ? Weekday.Sunday : (Weekday)(int)day;
}
