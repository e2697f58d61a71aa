using Telehealth.Progress.Rules;
using static Telehealth.Progress.Tests.Rules.TestDosages;

namespace Telehealth.Progress.Tests.Rules;

public class SessionEvaluatorTests
{
    private static readonly ProgrammeItemDosage[] Programme = [CableExtension(), SidePlank(), Walking()];

    private static SessionHistory GoodSessionOnDay0() =>
        new([TestReports.Session(0, 2, 3, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(SidePlank()), TestResults.AtTarget(Walking()))],
            [TestAttempts.UsualMorningAfter(0)]);

    private static SessionEvaluation Evaluate(SessionReport report, SessionHistory? history = null, RuleSettings? settings = null) =>
        SessionEvaluator.Evaluate(report, Programme, history ?? SessionHistory.Empty, settings ?? RuleSettings.Default);

    [Fact]
    public void A_second_good_session_suggests_progressing_every_exercise_and_encourages_the_patient()
    {
        var report = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(SidePlank()), TestResults.AtTarget(Walking()));

        var evaluation = Evaluate(report, GoodSessionOnDay0());

        Assert.Equal(report.SessionId, evaluation.SessionId);
        Assert.Equal(TestReports.PatientId, evaluation.PatientId);
        Assert.Equal(
            new (Guid, DosageField, decimal)[] { (CableExtensionId, DosageField.LoadKg, 45m), (SidePlankId, DosageField.HoldSeconds, 35m), (WalkingId, DosageField.Minutes, 33m) },
            evaluation.Suggestions.Select(s => (s.ProgrammeItemId, s.Field, s.To)).ToArray());
        Assert.All(evaluation.Suggestions, s => Assert.Equal(SuggestionDirection.Progression, s.Direction));
        Assert.Empty(evaluation.Alerts);
        Assert.Contains(evaluation.ForPatient, f => f.Explanation.StartsWith("Pain after the session was 3/10, which is acceptable (3–5)"));
        Assert.Contains(evaluation.ForPatient, f => f.Explanation.Contains("Cable trunk extension, Side plank, Walking"));
    }

    [Fact]
    public void Two_good_reports_on_the_same_day_suggest_nothing()
    {
        var morning = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(SidePlank()), TestResults.AtTarget(Walking()))
            with { SessionId = Guid.NewGuid(), CompletedAt = TestReports.On(2).AddMinutes(-10) };
        var evening = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(SidePlank()), TestResults.AtTarget(Walking()));

        var evaluation = Evaluate(evening, new SessionHistory([morning], []));

        Assert.Empty(evaluation.Suggestions);
        Assert.DoesNotContain(evaluation.ForPatient, f => f.Explanation.Contains("Well done"));
    }

    [Fact]
    public void Days_are_counted_in_the_patients_time_zone()
    {
        // 23:30 and 04:30 UTC on consecutive UTC dates are the same evening in New York.
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var evening = new DateTimeOffset(2025, 3, 4, 23, 30, 0, TimeSpan.Zero);
        var first = TestReports.Session(0, 2, 3, TestResults.AtTarget(CableExtension())) with { CompletedAt = evening };
        var second = TestReports.Session(1, 2, 3, TestResults.AtTarget(CableExtension())) with { CompletedAt = evening.AddHours(5) };
        var checks = new[] { new NextDayPainCheck(first.SessionId, evening.AddHours(12), 2, 2) };

        var inNewYork = Evaluate(second, new SessionHistory([first], checks) { PatientTimeZone = newYork });
        var inLondon = Evaluate(second, new SessionHistory([first], checks) { PatientTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London") });

        Assert.Empty(inNewYork.Suggestions);
        Assert.Equal(CableExtensionId, Assert.Single(inLondon.Suggestions).ProgrammeItemId);
    }

    [Fact]
    public void Exercises_done_on_days_they_are_not_scheduled_do_not_progress()
    {
        // Day 0 is a Monday and day 2 a Wednesday; walking is planned for Tuesdays and Thursdays only.
        var walking = Walking() with { Days = new HashSet<DayOfWeek> { DayOfWeek.Tuesday, DayOfWeek.Thursday } };
        var programme = new[] { CableExtension(), walking };
        var report = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(walking));
        var history = new SessionHistory([TestReports.Session(0, 2, 3, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(walking))], [TestAttempts.UsualMorningAfter(0)]);

        var evaluation = SessionEvaluator.Evaluate(report, programme, history, RuleSettings.Default);

        Assert.Equal(CableExtensionId, Assert.Single(evaluation.Suggestions).ProgrammeItemId);
    }

    [Fact]
    public void A_step_earned_within_the_week_is_not_followed_by_another()
    {
        var report = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(SidePlank()), TestResults.AtTarget(Walking()));
        var history = GoodSessionOnDay0() with { LastProgressionAt = new Dictionary<Guid, DateTimeOffset> { [CableExtensionId] = TestReports.On(-3) } };

        var evaluation = Evaluate(report, history);

        Assert.Equal([SidePlankId, WalkingId], evaluation.Suggestions.Select(s => s.ProgrammeItemId));
    }

    [Fact]
    public void A_session_flare_eases_the_loaded_and_strengthening_exercises_and_spares_stretches_and_walking()
    {
        var programme = new[] { CableExtension(), BirdDog(), PsoasStretch(), Walking() };
        var report = TestReports.Session(2, 2, 5,
            TestResults.AtTarget(CableExtension()), TestResults.AtTarget(BirdDog()), TestResults.AtTarget(PsoasStretch()), TestResults.AtTarget(Walking()));

        var evaluation = SessionEvaluator.Evaluate(report, programme, SessionHistory.Empty, RuleSettings.Default);

        Assert.Equal([CableExtensionId, BirdDogId], evaluation.Suggestions.Select(s => s.ProgrammeItemId));
        Assert.All(evaluation.Suggestions, s => Assert.Equal(SuggestionDirection.Regression, s.Direction));
    }

    [Fact]
    public void The_exercise_that_hurt_is_the_only_one_eased()
    {
        var programme = new[] { CableExtension(), BirdDog(), PsoasStretch() };
        var report = TestReports.Session(2, 2, 5,
            TestResults.AtTarget(CableExtension()), TestResults.AtTarget(BirdDog(), painDuring: 7), TestResults.AtTarget(PsoasStretch()));

        var evaluation = SessionEvaluator.Evaluate(report, programme, SessionHistory.Empty, RuleSettings.Default);

        var only = Assert.Single(evaluation.Suggestions);
        Assert.Equal((BirdDogId, DosageField.RepsMax, 11m), (only.ProgrammeItemId, only.Field, only.To));
    }

    [Fact]
    public void A_stretch_that_hurt_is_eased_when_it_was_all_that_was_done()
    {
        var report = TestReports.Session(2, 2, 5, TestResults.AtTarget(PsoasStretch()));

        var evaluation = SessionEvaluator.Evaluate(report, [PsoasStretch()], SessionHistory.Empty, RuleSettings.Default);

        Assert.Equal((PsoasStretchId, 27m), (Assert.Single(evaluation.Suggestions).ProgrammeItemId, Assert.Single(evaluation.Suggestions).To));
    }

    [Fact]
    public void A_programme_held_after_a_red_flag_progresses_nothing_and_tells_the_patient_to_call()
    {
        var report = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(SidePlank()), TestResults.AtTarget(Walking()));

        var evaluation = SessionEvaluator.Evaluate(report, Programme, GoodSessionOnDay0(), RuleSettings.Default, onHold: true);

        Assert.Empty(evaluation.Suggestions);
        Assert.Empty(evaluation.NoAutomaticChanges);
        Assert.Contains(evaluation.ForPatient, f => f.Tone == FeedbackTone.Caution && f.Explanation == SessionEvaluator.OnHoldAdvice);
    }

    [Fact]
    public void A_flare_while_held_still_alerts_and_suggests_an_easier_dose()
    {
        var report = TestReports.Session(2, 2, 6, TestResults.AtTarget(CableExtension()));

        var evaluation = SessionEvaluator.Evaluate(report, Programme, SessionHistory.Empty, RuleSettings.Default, onHold: true);

        Assert.Equal(AlertKind.PainFlare, Assert.Single(evaluation.Alerts).Kind);
        Assert.Equal(SuggestionDirection.Regression, Assert.Single(evaluation.Suggestions).Direction);
    }

    [Fact]
    public void A_first_session_only_gives_pain_feedback()
    {
        var report = TestReports.Session(0, 1, 1, TestResults.AtTarget(CableExtension()));

        var outcome = Assert.Single(Evaluate(report).Outcomes);

        var feedback = Assert.IsType<PatientFeedback>(outcome);
        Assert.Equal("Pain after the session was 1/10, which is safe (0–2). Keep going as planned.", feedback.Explanation);
    }

    [Fact]
    public void A_retried_report_already_in_the_history_is_not_counted_twice()
    {
        var report = TestReports.Session(0, 2, 3, TestResults.AtTarget(CableExtension()));

        var evaluation = Evaluate(report, new SessionHistory([report], []));

        Assert.Empty(evaluation.Suggestions);
    }

    [Fact]
    public void A_session_listed_twice_in_the_history_counts_once()
    {
        var threeInARow = RuleSettings.Default with { Progression = ProgressionSettings.Default with { ConsecutiveSessions = 3 } };
        var earlier = GoodSessionOnDay0().RecentSessions[0];
        var report = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension()));

        var evaluation = Evaluate(report, new SessionHistory([earlier, earlier], []), threeInARow);

        Assert.Empty(evaluation.Suggestions);
    }

    [Fact]
    public void A_flare_regresses_and_stops_all_progression()
    {
        var report = TestReports.Session(2, 2, 5, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(SidePlank()));

        var evaluation = Evaluate(report, GoodSessionOnDay0());

        Assert.All(evaluation.Suggestions, s => Assert.Equal(SuggestionDirection.Regression, s.Direction));
        Assert.Equal(2, evaluation.Suggestions.Count());
        Assert.Equal(AlertKind.PainFlare, Assert.Single(evaluation.Alerts).Kind);
        Assert.Single(evaluation.ReviewOffers);
        Assert.Equal(FeedbackTone.Caution, Assert.Single(evaluation.ForPatient).Tone);
    }

    [Fact]
    public void Too_much_pain_in_one_exercise_holds_back_that_exercise_while_others_progress()
    {
        var report = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension(), painDuring: 7), TestResults.AtTarget(SidePlank()));

        var evaluation = Evaluate(report, GoodSessionOnDay0());

        Assert.Equal(
            new[] { (CableExtensionId, SuggestionDirection.Regression), (SidePlankId, SuggestionDirection.Progression) },
            evaluation.Suggestions.Select(s => (s.ProgrammeItemId, s.Direction)).ToArray());
    }

    [Fact]
    public void A_red_flag_overrides_everything_and_changes_nothing_automatically()
    {
        var report = TestReports.WithRedFlags(
            TestReports.Session(2, 2, 8, TestResults.AtTarget(CableExtension()), TestResults.AtTarget(SidePlank())),
            RedFlag.NewBladderOrBowelControlDifficulty);

        var evaluation = Evaluate(report, GoodSessionOnDay0());

        Assert.Empty(evaluation.Suggestions);
        Assert.Empty(evaluation.ReviewOffers);
        var alert = Assert.Single(evaluation.Alerts);
        Assert.Equal(AlertKind.RedFlag, alert.Kind);
        Assert.Equal(AlertRouting.Urgent, alert.Routing);
        var feedback = Assert.Single(evaluation.ForPatient);
        Assert.Equal(FeedbackTone.Urgent, feedback.Tone);
        Assert.StartsWith(RedFlagRule.SeekUrgentCareNow, feedback.Explanation);
    }

    [Fact]
    public void A_red_flag_answered_no_is_ignored()
    {
        var report = TestReports.Session(0, 1, 1, TestResults.AtTarget(CableExtension())) with
        {
            RedFlagAnswers = [new RedFlagAnswer(RedFlag.Fever, false)],
        };

        Assert.Empty(Evaluate(report).Alerts);
    }

    [Fact]
    public void Per_exercise_progression_settings_override_the_programme()
    {
        var threeInARow = CableExtension() with { Progression = ProgressionSettings.Default with { ConsecutiveSessions = 3 } };
        var report = TestReports.Session(2, 2, 3, TestResults.AtTarget(threeInARow), TestResults.AtTarget(SidePlank()));

        var evaluation = SessionEvaluator.Evaluate(report, [threeInARow, SidePlank(), Walking()], GoodSessionOnDay0(), RuleSettings.Default);

        Assert.Equal(SidePlankId, Assert.Single(evaluation.Suggestions).ProgrammeItemId);
    }

    [Fact]
    public void The_next_day_check_runs_the_next_day_rule()
    {
        var session = TestReports.Session(0, 2, 3, TestResults.AtTarget(CableExtension()));
        var check = new NextDayPainCheck(session.SessionId, TestReports.On(1), 5, 2);

        var evaluation = SessionEvaluator.EvaluateNextDayCheck(check, session, Programme, RuleSettings.Default);

        Assert.Equal(AlertKind.NextDayPainWorse, Assert.Single(evaluation.Alerts).Kind);
        Assert.Equal(37.5m, Assert.Single(evaluation.Suggestions).To);
    }

    [Fact]
    public void A_worse_morning_after_the_earlier_session_stops_progression_today()
    {
        var history = GoodSessionOnDay0() with { NextDayChecks = [new NextDayPainCheck(TestReports.SessionId(0), TestReports.On(1), 4, 2)] };
        var report = TestReports.Session(2, 2, 3, TestResults.AtTarget(CableExtension()));

        Assert.Empty(Evaluate(report, history).Suggestions);
    }

    public static TheoryData<SessionReport, string> InvalidReports => new()
    {
        { TestReports.Session(0, 2, 11), "PainAfter" },
        { TestReports.Session(0, -1, 2), "PainBefore" },
        { TestReports.Session(0, 2, 3, new ExerciseResult(Guid.Empty, [])), "Exercises[0].ProgrammeItemId" },
        { TestReports.Session(0, 2, 3, TestResults.AtTarget(SidePlank()), TestResults.AtTarget(SidePlank())), "Exercises[1].ProgrammeItemId" },
        { TestReports.Session(0, 2, 3, TestResults.AtTarget(SidePlank(), rpe: 11)), "Exercises[0].Rpe" },
        { TestReports.Session(0, 2, 3, TestResults.AtTarget(SidePlank(), painDuring: 12)), "Exercises[0].PainDuring" },
        { TestReports.Session(0, 2, 3, TestResults.WithSets(CableExtension(), new SetResult(-1))), "Exercises[0].Sets[0].Reps" },
        { TestReports.Session(0, 2, 3, TestResults.WithSets(CableExtension(), new SetResult(10, -5m))), "Exercises[0].Sets[0].LoadKg" },
        { TestReports.Session(0, 2, 3, new ExerciseResult(WalkingId, [], SkippedBecause: (SkipReason)42)), "Exercises[0].SkippedBecause" },
        { TestReports.Session(0, 2, 3) with { RedFlagAnswers = [new RedFlagAnswer((RedFlag)99, true)] }, "RedFlagAnswers[0].Flag" },
    };

    [Theory]
    [MemberData(nameof(InvalidReports))]
    public void Invalid_reports_are_refused_naming_the_field(SessionReport report, string field)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => Evaluate(report));

        Assert.Equal(field, error.ParamName);
        Assert.Equal(field, Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void Invalid_settings_are_refused_naming_the_field()
    {
        var settings = RuleSettings.Default with { Progression = ProgressionSettings.Default with { ConsecutiveSessions = 0 } };

        var error = Assert.Throws<InvalidRuleInputException>(() => Evaluate(TestReports.Session(0, 2, 3), settings: settings));

        Assert.Equal("Settings.Progression.ConsecutiveSessions", error.ParamName);
    }
}
