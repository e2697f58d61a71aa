using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Progress.V1;
using Telehealth.TherapistConsole.Components.Charts;
using Telehealth.TherapistConsole.Components.Patients;
using Telehealth.TherapistConsole.Tests.Support;
using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Tests;

public sealed class OutcomeChartTests : ConsoleContext
{
    [Fact]
    public void The_chart_marks_the_baseline_the_minimal_important_change_and_the_scores_that_reached_it()
    {
        var chart = RenderChart(OutcomeScale.Oswestry, Reading(0, 46, null, false), Reading(14, 40, -6, false), Reading(28, 30, -16, true));

        Assert.Equal(["false", "false", "true"], chart.FindAll("g.score").Select(score => score.GetAttribute("data-reached")));
        Assert.Contains("baseline 46 %", chart.Find("[data-line=baseline]").TextContent);
        var threshold = chart.Find("[data-line=threshold]");
        Assert.Equal("36", threshold.GetAttribute("data-score"));
        var geometry = new OutcomeChartGeometry(3, 100);
        Assert.Equal(geometry.Y(36).ToString("0.#", CultureInfo.InvariantCulture), threshold.QuerySelector("line")!.GetAttribute("y1"));
        Assert.Equal(geometry.Y(30).ToString("0.#", CultureInfo.InvariantCulture), chart.FindAll("g.score circle")[2].GetAttribute("cy"));
        Assert.Contains("Baseline 46 %. A real improvement is 10 points or more below it, 36 % or less.", chart.Find("desc").TextContent);
        Assert.Contains("1 of them reached it.", chart.Find("desc").TextContent);
    }

    [Fact]
    public void The_baseline_is_the_one_the_service_compared_with()
    {
        // Each change is reported against the service's baseline: the chart draws that one rather than assume it.
        var chart = RenderChart(OutcomeScale.RolandMorris, Reading(0, 15, -3, false), Reading(7, 12, -6, true));

        Assert.Contains("baseline 18", chart.Find("[data-line=baseline]").TextContent);
        Assert.Equal("13", chart.Find("[data-line=threshold]").GetAttribute("data-score"));
    }

    [Fact]
    public void A_baseline_too_low_to_improve_by_the_minimal_important_change_draws_no_threshold_and_says_so()
    {
        var chart = RenderChart(OutcomeScale.RolandMorris, Reading(0, 3, null, false), Reading(7, 2, -1, false));

        Assert.Empty(chart.FindAll("[data-line=threshold]"));
        Assert.Contains("no real improvement can be shown", chart.Find("desc").TextContent);
    }

    [Fact]
    public void The_card_shows_each_measure_answered_as_a_chart_and_a_table()
    {
        var card = Render<OutcomesCard>(parameters => parameters.Add(p => p.Outcomes, new[]
        {
            Score(OutcomeMeasure.OswestryDisabilityIndex, 0, 46, null, false),
            Score(OutcomeMeasure.RolandMorris, 1, 14, null, false),
            Score(OutcomeMeasure.OswestryDisabilityIndex, 28, 30, -16, true),
        }));

        Assert.Equal(["ODI", "Roland-Morris"], card.FindAll("figure.outcome-chart").Select(figure => figure.GetAttribute("data-measure")));
        var odi = card.Find("table[data-measure=ODI]");
        Assert.Equal(2, odi.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("baseline", odi.QuerySelectorAll("tbody tr")[0].TextContent);
        Assert.Contains("−16 points", odi.QuerySelectorAll("tbody tr")[1].TextContent);
        Assert.Contains("reached", odi.QuerySelectorAll("tbody tr")[1].TextContent);
    }

    [Fact]
    public void Without_questionnaires_the_card_says_so()
    {
        var card = Render<OutcomesCard>(parameters => parameters.Add(p => p.Outcomes, Array.Empty<OutcomeScore>()));

        Assert.Contains("No questionnaires answered yet.", card.Markup);
        Assert.Empty(card.FindAll("figure"));
    }

    private IRenderedComponent<OutcomeChart> RenderChart(OutcomeScale scale, params OutcomeReading[] readings) =>
        Render<OutcomeChart>(parameters => parameters.Add(p => p.Scale, scale).Add(p => p.Readings, readings));

    private static OutcomeReading Reading(int day, double score, double? change, bool reached) => new(Records.At.AddDays(day), score, change, reached);

    private static OutcomeScore Score(OutcomeMeasure measure, int day, double score, double? change, bool reached)
    {
        var outcome = new OutcomeScore { Measure = measure, At = Timestamp.FromDateTimeOffset(Records.At.AddDays(day)), Score = score, MinimalImportantChangeReached = reached };
        if (change is { } value)
        {
            outcome.ChangeFromBaseline = value;
        }
        return outcome;
    }
}
