using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class CaseloadTriageTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 31, 12, 0, 0, TimeSpan.Zero);

    private static Guid Patient(int n) => new(n, 0, 0, new byte[8]);

    private static IReadOnlyList<TriageEntry> Order(params PatientSummary[] patients) =>
        CaseloadTriage.Order(patients, AdherenceSettings.Default);

    [Fact]
    public void Red_flags_then_flares_then_low_adherence_then_ready_then_the_rest()
    {
        var routine = new PatientSummary { PatientId = Patient(1), TwoWeekAdherence = 0.9m };
        var ready = new PatientSummary { PatientId = Patient(2), TwoWeekAdherence = 0.9m, ExercisesReadyToProgress = 1 };
        var lowAdherence = new PatientSummary { PatientId = Patient(3), TwoWeekAdherence = 0.3m, ExercisesReadyToProgress = 2 };
        var flare = new PatientSummary { PatientId = Patient(4), OpenPainFlareSince = Now, TwoWeekAdherence = 0.2m };
        var redFlag = new PatientSummary { PatientId = Patient(5), UnacknowledgedRedFlags = [RedFlag.Fever], OpenPainFlareSince = Now };

        var order = Order(routine, ready, lowAdherence, flare, redFlag);

        Assert.Equal(new[] { Patient(5), Patient(4), Patient(3), Patient(2), Patient(1) }, order.Select(e => e.PatientId).ToArray());
        Assert.Equal(
            new[] { TriageLevel.RedFlag, TriageLevel.PainFlare, TriageLevel.LowAdherence, TriageLevel.ReadyToProgress, TriageLevel.Routine },
            order.Select(e => e.Level).ToArray());
    }

    [Theory]
    [InlineData(0.49, TriageLevel.LowAdherence)]
    [InlineData(0.5, TriageLevel.Routine)]   // exactly 50 % is not low
    [InlineData(null, TriageLevel.Routine)]  // nothing planned: not low either
    public void Low_adherence_is_below_the_alert_level(double? adherence, TriageLevel expected)
    {
        var entry = Assert.Single(Order(new PatientSummary { PatientId = Patient(1), TwoWeekAdherence = (decimal?)adherence }));

        Assert.Equal(expected, entry.Level);
    }

    [Fact]
    public void Within_a_level_the_longest_waiting_or_lowest_comes_first()
    {
        var order = Order(
            new PatientSummary { PatientId = Patient(1), UnacknowledgedRedFlags = [RedFlag.Fever], RedFlagReportedAt = Now },
            new PatientSummary { PatientId = Patient(2), UnacknowledgedRedFlags = [RedFlag.Fever], RedFlagReportedAt = Now.AddHours(-2) },
            new PatientSummary { PatientId = Patient(3), OpenPainFlareSince = Now },
            new PatientSummary { PatientId = Patient(4), OpenPainFlareSince = Now.AddDays(-1) },
            new PatientSummary { PatientId = Patient(5), TwoWeekAdherence = 0.4m },
            new PatientSummary { PatientId = Patient(6), TwoWeekAdherence = 0.1m },
            new PatientSummary { PatientId = Patient(7), ExercisesReadyToProgress = 1 },
            new PatientSummary { PatientId = Patient(8), ExercisesReadyToProgress = 3 },
            new PatientSummary { PatientId = Patient(9) },
            new PatientSummary { PatientId = Patient(10) });

        Assert.Equal(new[] { 2, 1, 4, 3, 6, 5, 8, 7, 9, 10 }.Select(Patient).ToArray(), order.Select(e => e.PatientId).ToArray());
    }

    [Fact]
    public void Each_entry_carries_a_reason()
    {
        var order = Order(
            new PatientSummary { PatientId = Patient(1), UnacknowledgedRedFlags = [RedFlag.PainInBothLegs, RedFlag.Fever] },
            new PatientSummary { PatientId = Patient(2), OpenPainFlareSince = Now },
            new PatientSummary { PatientId = Patient(3), TwoWeekAdherence = 0.25m },
            new PatientSummary { PatientId = Patient(4), ExercisesReadyToProgress = 2 },
            new PatientSummary { PatientId = Patient(5) });

        Assert.Equal(
            new[]
            {
                "Red flag not yet acknowledged: pain in both legs; fever.",
                "Pain flare not yet reviewed: an easier dose has been suggested.",
                "Adherence 25 % over the last 14 days, below 50 %.",
                "2 exercises ready to progress.",
                "Nothing needs attention (no sessions planned in the last 14 days).",
            },
            order.Select(e => e.Reason).ToArray());
    }

    [Fact]
    public void An_empty_caseload_is_an_empty_list() => Assert.Empty(Order());

    [Theory]
    [InlineData(1.5, 0, "patients[0].TwoWeekAdherence")]
    [InlineData(-0.1, 0, "patients[0].TwoWeekAdherence")]
    [InlineData(0.5, -1, "patients[0].ExercisesReadyToProgress")]
    public void Impossible_summaries_are_refused_naming_the_field(double adherence, int ready, string field)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() =>
            Order(new PatientSummary { PatientId = Patient(1), TwoWeekAdherence = (decimal)adherence, ExercisesReadyToProgress = ready }));

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void An_open_alert_shows_since_when_it_has_been_open()
    {
        var redFlag = new PatientSummary { PatientId = Patient(1), UnacknowledgedRedFlags = [RedFlag.Fever], RedFlagReportedAt = Now.AddHours(-3) };
        var flare = new PatientSummary { PatientId = Patient(2), OpenPainFlareSince = Now.AddHours(-1) };
        var routine = new PatientSummary { PatientId = Patient(3), TwoWeekAdherence = 0.9m };

        var order = Order(routine, flare, redFlag);

        Assert.Equal(new DateTimeOffset?[] { Now.AddHours(-3), Now.AddHours(-1), null }, order.Select(e => e.Since).ToArray());
    }

    [Fact]
    public void An_acknowledged_red_flag_leaves_the_top_and_says_who_took_it_and_when()
    {
        var therapist = Guid.NewGuid();
        var acknowledged = new PatientSummary
        {
            PatientId = Patient(1),
            TwoWeekAdherence = 0.9m,
            RedFlagAcknowledged = new Acknowledgement(therapist, new DateTimeOffset(2025, 3, 31, 11, 5, 0, TimeSpan.Zero)),
        };
        var flare = new PatientSummary { PatientId = Patient(2), OpenPainFlareSince = Now };

        var order = Order(acknowledged, flare);

        Assert.Equal(new[] { (Patient(2), TriageLevel.PainFlare), (Patient(1), TriageLevel.Routine) }, order.Select(e => (e.PatientId, e.Level)).ToArray());
        Assert.EndsWith($"Red flag acknowledged by therapist {therapist} at 2025-03-31 11:05 UTC.", order[1].Reason);
    }
}
