using Telehealth.Progress.Rules;
using static Telehealth.Progress.Tests.Rules.TestDosages;

namespace Telehealth.Progress.Tests.Rules;

public class DoubleProgressionRuleTests
{
    private static RuleOutcome? Evaluate(ProgrammeItemDosage dosage, IReadOnlyList<ExerciseAttempt> attempts, ProgressionSettings? settings = null) =>
        DoubleProgressionRule.Evaluate(dosage, attempts, settings ?? ProgressionSettings.Default, PainSettings.Default);

    private static RuleOutcome? AfterTwoGoodSessions(ProgrammeItemDosage dosage, ProgressionSettings? settings = null) =>
        Evaluate(dosage, TestAttempts.AtTargetOn(dosage, 0, 2), settings);

    [Theory]
    [InlineData(42.5, 2.5, 45)]   // 44.625 → nearest 2.5 kg step
    [InlineData(20, 1, 21)]
    [InlineData(40, 2.5, 42.5)]
    [InlineData(100, 5, 105)]
    [InlineData(60, 1, 63)]
    [InlineData(10, 2.5, 12.5)]   // 10.5 rounds to 10: at least one step up
    [InlineData(50, 5, 55)]       // 52.5 is half-way, rounds down to 50: at least one step up
    [InlineData(0, 2.5, 2.5)]     // zero load goes up by one step
    [InlineData(42, 2.5, 45)]     // off the grid: back onto it
    public void Load_goes_up_about_5_percent_on_the_equipment_grid(double load, double step, double expected)
    {
        var dosage = CableExtension((decimal)load, (decimal)step);

        var suggestion = Assert.IsType<DosageSuggestion>(AfterTwoGoodSessions(dosage));

        Assert.Equal(SuggestionDirection.Progression, suggestion.Direction);
        Assert.Equal(DosageField.LoadKg, suggestion.Field);
        Assert.Equal((decimal)load, suggestion.From);
        Assert.Equal((decimal)expected, suggestion.To);
        Assert.Equal((decimal)expected, suggestion.Suggested.LoadKg);
        Assert.Equal((decimal)load, suggestion.Suggested.PreviousLoadKg);
        Assert.Null(suggestion.LimitedBy);
    }

    [Fact]
    public void The_suggestion_explains_what_was_earned_and_the_step()
    {
        var suggestion = Assert.IsType<DosageSuggestion>(AfterTwoGoodSessions(CableExtension()));

        Assert.Equal(
            "Cable trunk extension: all 3 sets reached 12 reps at 42.5 kg on each of the last 2 days it was scheduled, with acceptable pain, " +
            "the next morning no worse than usual and effort below maximal: " +
            "suggest 45 kg (up from 42.5 kg, about 5 % more, rounded to the 2.5 kg step, at least one step).",
            suggestion.Explanation);
    }

    [Fact]
    public void The_first_session_without_history_is_not_enough() =>
        Assert.Null(Evaluate(CableExtension(), TestAttempts.AtTargetOn(CableExtension(), 0)));

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(2, 1, false)]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    public void The_number_of_sessions_in_a_row_is_a_setting(int required, int sessions, bool progresses)
    {
        var settings = ProgressionSettings.Default with { ConsecutiveSessions = required };
        var attempts = TestAttempts.AtTargetOn(CableExtension(), Enumerable.Range(0, sessions).ToArray());

        Assert.Equal(progresses, Evaluate(CableExtension(), attempts, settings) is DosageSuggestion);
    }

    [Theory]
    [InlineData(11, false)]  // one below the top of the range
    [InlineData(12, true)]   // exactly at the top
    [InlineData(13, true)]   // above
    public void Every_set_must_reach_the_top_of_the_rep_range(int repsInLastSet, bool progresses)
    {
        var dosage = CableExtension();
        var current = TestResults.WithSets(dosage, new SetResult(12, 42.5m), new SetResult(12, 42.5m), new SetResult(repsInLastSet, 42.5m));
        var attempts = new[] { TestAttempts.On(0, TestResults.AtTarget(dosage)), TestAttempts.On(2, current) };

        Assert.Equal(progresses, Evaluate(dosage, attempts) is DosageSuggestion);
    }

    [Fact]
    public void Fewer_sets_than_prescribed_do_not_count()
    {
        var dosage = CableExtension();
        var twoSets = TestResults.WithSets(dosage, new SetResult(12, 42.5m), new SetResult(12, 42.5m));

        Assert.Null(Evaluate(dosage, [TestAttempts.On(0, TestResults.AtTarget(dosage)), TestAttempts.On(2, twoSets)]));
    }

    [Theory]
    [InlineData(40.0, false)]  // the patient lightened the load
    [InlineData(42.5, true)]
    [InlineData(null, true)]   // no load reported: done at the prescribed load
    public void Sets_must_be_at_the_prescribed_load(double? reportedLoad, bool progresses)
    {
        var dosage = CableExtension();
        var set = new SetResult(12, (decimal?)reportedLoad);
        var current = TestResults.WithSets(dosage, set, set, set);

        Assert.Equal(progresses, Evaluate(dosage, [TestAttempts.On(0, TestResults.AtTarget(dosage)), TestAttempts.On(2, current)]) is DosageSuggestion);
    }

    [Fact]
    public void A_skipped_session_breaks_the_run()
    {
        var dosage = CableExtension();
        var attempts = new[] { TestAttempts.On(0, TestResults.AtTarget(dosage)), TestAttempts.On(2, TestResults.Skipped(dosage)) };

        Assert.Null(Evaluate(dosage, attempts));
    }

    [Theory]
    [InlineData(2, 3, null, true)]
    [InlineData(4, 5, null, true)]    // 5 is acceptable
    [InlineData(2, 4, null, false)]   // a 2-point rise is a flare
    [InlineData(5, 6, null, false)]   // above 5
    [InlineData(2, 3, 5, true)]
    [InlineData(2, 3, 6, false)]      // too much pain during the exercise
    public void Pain_must_be_acceptable_in_every_counted_session(int before, int after, int? painDuring, bool progresses)
    {
        var dosage = CableExtension();
        var earlier = TestAttempts.On(0, TestResults.AtTarget(dosage, painDuring: painDuring), before, after);

        Assert.Equal(progresses, Evaluate(dosage, [earlier, TestAttempts.On(2, TestResults.AtTarget(dosage))]) is DosageSuggestion);
    }

    [Theory]
    [InlineData(3, 3, true)]
    [InlineData(4, 3, false)]
    public void A_worse_next_morning_after_a_counted_session_stops_progression(int nextDayPain, int usualPain, bool progresses)
    {
        var dosage = CableExtension();
        var check = new NextDayPainCheck(TestReports.SessionId(0), TestReports.On(1), nextDayPain, usualPain);
        var earlier = TestAttempts.On(0, TestResults.AtTarget(dosage), nextDay: check);

        Assert.Equal(progresses, Evaluate(dosage, [earlier, TestAttempts.On(2, TestResults.AtTarget(dosage))]) is DosageSuggestion);
    }

    [Theory]
    [InlineData(9, 10, true)]
    [InlineData(10, 10, false)]   // maximal effort
    [InlineData(null, 10, false)] // effort not reported
    [InlineData(10, 11, true)]    // a therapist who accepts training to failure
    public void Effort_must_be_below_maximal(int? rpe, int maximalEffortRpe, bool progresses)
    {
        var dosage = CableExtension();
        var settings = ProgressionSettings.Default with { MaximalEffortRpe = maximalEffortRpe };
        var attempts = new[] { TestAttempts.On(0, TestResults.AtTarget(dosage)), TestAttempts.On(2, TestResults.AtTarget(dosage, rpe)) };

        Assert.Equal(progresses, Evaluate(dosage, attempts, settings) is DosageSuggestion);
    }

    [Fact]
    public void Only_the_most_recent_sessions_count()
    {
        var dosage = CableExtension();
        var attempts = new[]
        {
            TestAttempts.On(0, TestResults.Skipped(dosage)),
            TestAttempts.On(2, TestResults.AtTarget(dosage)),
            TestAttempts.On(4, TestResults.AtTarget(dosage)),
        };

        Assert.IsType<DosageSuggestion>(Evaluate(dosage, attempts));
        Assert.Null(Evaluate(dosage, [attempts[1], attempts[2], TestAttempts.On(6, TestResults.Skipped(dosage))]));
    }

    [Theory]
    [InlineData(1, false)]   // lowered after the first good session: only one counts
    [InlineData(-1, true)]   // lowered before both
    public void A_load_lowered_by_hand_is_only_raised_once_earned_again(int loweredAfterDay, bool progresses)
    {
        var dosage = CableExtension(40m) with { ManuallyLoweredAt = TestReports.On(loweredAfterDay) };

        Assert.Equal(progresses, AfterTwoGoodSessions(dosage) is DosageSuggestion);
    }

    [Fact]
    public void A_session_at_the_moment_of_the_manual_change_does_not_count()
    {
        var dosage = CableExtension(40m) with { ManuallyLoweredAt = TestReports.On(0) };

        Assert.Null(AfterTwoGoodSessions(dosage));
        Assert.IsType<DosageSuggestion>(Evaluate(dosage, TestAttempts.AtTargetOn(dosage, 0, 2, 4)));
    }

    [Fact]
    public void Several_sessions_on_one_day_are_one_day_of_evidence()
    {
        var dosage = CableExtension();
        var morning = TestAttempts.On(2, TestResults.AtTarget(dosage)) with { SessionId = Guid.NewGuid(), PerformedAt = TestReports.On(2).AddHours(-2) };
        var evening = TestAttempts.On(2, TestResults.AtTarget(dosage));

        Assert.Null(Evaluate(dosage, [morning, evening]));
        Assert.IsType<DosageSuggestion>(Evaluate(dosage, [TestAttempts.On(0, TestResults.AtTarget(dosage)), morning, evening]));
    }

    [Fact]
    public void A_painful_session_spoils_its_whole_day()
    {
        var dosage = CableExtension();
        var painful = TestAttempts.On(0, TestResults.AtTarget(dosage), painBefore: 2, painAfter: 5) with { SessionId = Guid.NewGuid(), PerformedAt = TestReports.On(0).AddHours(-1) };

        Assert.Null(Evaluate(dosage, [painful, TestAttempts.On(0, TestResults.AtTarget(dosage)), TestAttempts.On(2, TestResults.AtTarget(dosage))]));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void An_earlier_day_needs_its_next_morning_checked_once_the_check_is_due(bool required, bool progresses)
    {
        var dosage = CableExtension();
        var settings = ProgressionSettings.Default with { RequireNextDayCheck = required };
        var attempts = new[] { TestAttempts.Unchecked(0, TestResults.AtTarget(dosage)), TestAttempts.On(2, TestResults.AtTarget(dosage)) };

        Assert.Equal(progresses, Evaluate(dosage, attempts, settings) is DosageSuggestion);
    }

    [Fact]
    public void Todays_check_is_not_due_yet()
    {
        var dosage = CableExtension();
        var attempts = new[] { TestAttempts.On(0, TestResults.AtTarget(dosage)), TestAttempts.Unchecked(2, TestResults.AtTarget(dosage)) };

        Assert.IsType<DosageSuggestion>(Evaluate(dosage, attempts));
    }

    [Fact]
    public void Days_the_exercise_was_not_scheduled_are_no_evidence()
    {
        var dosage = CableExtension();
        var extra = TestAttempts.On(1, TestResults.AtTarget(dosage)) with { OnScheduledDay = false };

        Assert.Null(Evaluate(dosage, [extra, TestAttempts.On(2, TestResults.AtTarget(dosage))]));
        Assert.Null(Evaluate(dosage, [TestAttempts.On(0, TestResults.AtTarget(dosage)), extra]));
        Assert.IsType<DosageSuggestion>(Evaluate(dosage, [TestAttempts.On(0, TestResults.AtTarget(dosage)), extra, TestAttempts.On(2, TestResults.AtTarget(dosage))]));
    }

    [Theory]
    [InlineData(-5, 7, false)]   // the last step was earned 5 days before this session
    [InlineData(-7, 7, true)]    // a week ago
    [InlineData(-5, 3, true)]    // the therapist allows a step every 3 days
    public void At_most_one_step_per_exercise_in_the_configured_days(int lastStepDay, int daysBetweenSteps, bool progresses)
    {
        var dosage = CableExtension();
        var settings = ProgressionSettings.Default with { DaysBetweenSteps = daysBetweenSteps };

        var outcome = DoubleProgressionRule.Evaluate(dosage, TestAttempts.AtTargetOn(dosage, 0, 2), settings, PainSettings.Default, TestReports.On(2 + lastStepDay));

        Assert.Equal(progresses, outcome is DosageSuggestion);
    }

    [Fact]
    public void Attempts_of_other_exercises_are_ignored()
    {
        var attempts = new[] { TestAttempts.On(0, TestResults.AtTarget(BirdDog())), TestAttempts.On(2, TestResults.AtTarget(CableExtension())) };

        Assert.Null(Evaluate(CableExtension(), attempts));
    }

    [Theory]
    [InlineData(42.5, 2.5, 50, 45, false)]     // below the cap
    [InlineData(42.5, 2.5, 45, 45, false)]     // exactly at the cap
    [InlineData(45, 1, 46.5, 46, true)]        // 47 would pass 46.5: clipped to the grid below the cap
    [InlineData(40, 2.5, 41.9, 40, false)]     // cap below the next step: none
    public void The_therapist_cap_clips_or_stops_load_suggestions(double load, double step, double cap, double expected, bool clipped)
    {
        var dosage = CableExtension((decimal)load, (decimal)step) with { Cap = new AutoProgressionCap(MaxLoadKg: (decimal)cap) };

        var outcome = AfterTwoGoodSessions(dosage);

        if (expected == load)
        {
            var none = Assert.IsType<NoAutomaticChange>(outcome);
            Assert.Equal(NoChangeReason.AtTherapistCap, none.Reason);
            Assert.Contains("cap for automatic progression, so no increase is suggested", none.Explanation);
            return;
        }

        var suggestion = Assert.IsType<DosageSuggestion>(outcome);
        Assert.Equal((decimal)expected, suggestion.To);
        Assert.Equal(clipped ? SuggestionLimit.TherapistCap : null, suggestion.LimitedBy);
        Assert.Equal(clipped, suggestion.Explanation.Contains("clipped to your"));
    }

    [Fact]
    public void At_the_load_cap_no_increase_is_suggested()
    {
        var dosage = CableExtension(50m) with { Cap = new AutoProgressionCap(MaxLoadKg: 50m) };

        var none = Assert.IsType<NoAutomaticChange>(AfterTwoGoodSessions(dosage));

        Assert.Equal(NoChangeReason.AtTherapistCap, none.Reason);
        Assert.Equal(SuggestionDirection.Progression, none.Direction);
    }

    [Theory]
    [InlineData(30, 5, 35, null)]
    [InlineData(55, 5, 60, null)]                          // reaches 60 s exactly
    [InlineData(55, 10, 60, SuggestionLimit.HoldCeiling)]  // 65 clipped to the 60 s ceiling
    [InlineData(58, 5, 60, SuggestionLimit.HoldCeiling)]
    [InlineData(20, 10, 30, null)]
    public void Holds_go_up_toward_60_seconds(int hold, int increase, int expected, SuggestionLimit? limitedBy)
    {
        var settings = ProgressionSettings.Default with { HoldIncreaseSeconds = increase };

        var suggestion = Assert.IsType<DosageSuggestion>(AfterTwoGoodSessions(PsoasStretch(hold), settings));

        Assert.Equal(DosageField.HoldSeconds, suggestion.Field);
        Assert.Equal(expected, suggestion.Suggested.HoldSeconds);
        Assert.Equal(limitedBy, suggestion.LimitedBy);
    }

    [Fact]
    public void A_hold_at_60_seconds_is_not_raised()
    {
        var none = Assert.IsType<NoAutomaticChange>(AfterTwoGoodSessions(PsoasStretch(60)));

        Assert.Equal(NoChangeReason.AtHoldCeiling, none.Reason);
        Assert.Contains("already at the 60 s ceiling", none.Explanation);
    }

    [Theory]
    [InlineData(40, 42, 42, SuggestionLimit.TherapistCap)]
    [InlineData(40, 50, 45, null)]
    [InlineData(55, 90, 60, null)]   // a cap above the ceiling: the ceiling still applies
    public void The_hold_cap_bounds_hold_suggestions(int hold, int cap, int expected, SuggestionLimit? limitedBy)
    {
        var dosage = SidePlank(hold) with { Cap = new AutoProgressionCap(MaxHoldSeconds: cap) };

        var suggestion = Assert.IsType<DosageSuggestion>(AfterTwoGoodSessions(dosage));

        Assert.Equal(expected, suggestion.To);
        Assert.Equal(limitedBy, suggestion.LimitedBy);
    }

    [Fact]
    public void At_the_hold_cap_no_longer_hold_is_suggested()
    {
        var dosage = SidePlank(45) with { Cap = new AutoProgressionCap(MaxHoldSeconds: 45) };

        Assert.Equal(NoChangeReason.AtTherapistCap, Assert.IsType<NoAutomaticChange>(AfterTwoGoodSessions(dosage)).Reason);
    }

    [Theory]
    [InlineData(30, 33)]
    [InlineData(20, 22)]
    [InlineData(25, 27)]   // 27.5, half-way rounds down
    [InlineData(9, 10)]
    [InlineData(5, 6)]     // 5.5 rounds down to 5: at least one minute more
    [InlineData(1, 2)]
    public void Aerobic_minutes_go_up_about_10_percent(int minutes, int expected)
    {
        var suggestion = Assert.IsType<DosageSuggestion>(AfterTwoGoodSessions(Walking(minutes)));

        Assert.Equal(DosageField.Minutes, suggestion.Field);
        Assert.Equal(expected, suggestion.Suggested.Minutes);
    }

    [Theory]
    [InlineData(30, 32, 32, true)]
    [InlineData(30, 40, 33, false)]
    public void The_minutes_cap_clips_aerobic_suggestions(int minutes, int cap, int expected, bool clipped)
    {
        var dosage = Walking(minutes) with { Cap = new AutoProgressionCap(MaxMinutes: cap) };

        var suggestion = Assert.IsType<DosageSuggestion>(AfterTwoGoodSessions(dosage));

        Assert.Equal(expected, suggestion.To);
        Assert.Equal(clipped, suggestion.LimitedBy == SuggestionLimit.TherapistCap);
    }

    [Fact]
    public void At_the_minutes_cap_no_increase_is_suggested()
    {
        var dosage = Walking(30) with { Cap = new AutoProgressionCap(MaxMinutes: 30) };

        Assert.Equal(NoChangeReason.AtTherapistCap, Assert.IsType<NoAutomaticChange>(AfterTwoGoodSessions(dosage)).Reason);
    }

    [Fact]
    public void A_body_weight_exercise_is_left_to_the_therapist()
    {
        var none = Assert.IsType<NoAutomaticChange>(AfterTwoGoodSessions(BirdDog()));

        Assert.Equal(NoChangeReason.TherapistChoosesNextStep, none.Reason);
        Assert.Contains("harder variation", none.Explanation);
    }

    [Fact]
    public void With_automatic_progression_off_the_next_step_is_the_therapists()
    {
        var none = Assert.IsType<NoAutomaticChange>(AfterTwoGoodSessions(CableExtension() with { AutoProgression = false }));

        Assert.Equal(NoChangeReason.AutoProgressionOff, none.Reason);
    }

    [Fact]
    public void Isolated_lumbar_extension_gets_more_load_never_more_sets_or_sessions()
    {
        var dosage = LumbarExtensionMachine(40m, 1m);

        var suggestion = Assert.IsType<DosageSuggestion>(AfterTwoGoodSessions(dosage));

        Assert.Equal(42m, suggestion.To);
        Assert.Equal(1, suggestion.Suggested.Sets);
        Assert.Equal(1, suggestion.Suggested.SessionsPerWeek);
        Assert.StartsWith("Isolated lumbar extension: the prescribed set reached 15 reps at 40 kg", suggestion.Explanation);
        Assert.EndsWith("Keep to one set to fatigue about once a week: training more often adds nothing.", suggestion.Explanation);
    }

    [Fact]
    public void Per_exercise_settings_are_used_as_given()
    {
        var settings = ProgressionSettings.Default with { LoadIncreasePercent = 10m };

        var suggestion = Assert.IsType<DosageSuggestion>(AfterTwoGoodSessions(CableExtension(50m, 2.5m), settings));

        Assert.Equal(55m, suggestion.To);
    }

    [Fact]
    public void Movement_breaks_never_progress() =>
        Assert.Null(AfterTwoGoodSessions(MovementBreak()));

    [Fact]
    public void Zero_sessions_in_a_row_is_refused()
    {
        var settings = ProgressionSettings.Default with { ConsecutiveSessions = 0 };

        var error = Assert.Throws<InvalidRuleInputException>(() => AfterTwoGoodSessions(CableExtension(), settings));

        Assert.Equal(nameof(ProgressionSettings.ConsecutiveSessions), error.ParamName);
    }
}
