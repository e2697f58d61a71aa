using System.Globalization;
using Telehealth.TherapistConsole.Components.Charts;
using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Tests;

public sealed class PainChartTests : BunitContext
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_bands_cover_0_to_2_safe_3_to_5_acceptable_and_above_5_too_much()
    {
        var chart = Render<PainChart>(parameters => parameters.Add(p => p.Readings, [new PainReading(Monday, 1, 2)]));

        var bands = chart.FindAll("rect[data-band]").ToDictionary(rect => rect.GetAttribute("data-band")!, rect => (Top: Number(rect, "y"), Bottom: Number(rect, "y") + Number(rect, "height")));
        Assert.Equal(["safe", "acceptable", "too-much"], bands.Keys);
        // Higher pain is higher up: each band sits on the one below, and together they span 0 to 10.
        Assert.Equal(PainChartGeometry.Y(0), bands["safe"].Bottom, 1);
        Assert.Equal(PainChartGeometry.Y(2.5), bands["safe"].Top, 1);
        Assert.Equal(PainChartGeometry.Y(2.5), bands["acceptable"].Bottom, 1);
        Assert.Equal(PainChartGeometry.Y(5.5), bands["acceptable"].Top, 1);
        Assert.Equal(PainChartGeometry.Y(5.5), bands["too-much"].Bottom, 1);
        Assert.Equal(PainChartGeometry.Y(10), bands["too-much"].Top, 1);
        Assert.Contains("3–5 acceptable", chart.Markup);
    }

    [Fact]
    public void Each_session_has_its_pain_before_and_after_placed_in_its_band_oldest_first()
    {
        PainReading[] readings = [new(Monday, 2, 2), new(Monday.AddDays(2), 2, 4), new(Monday.AddDays(4), 3, 7)];

        var chart = Render<PainChart>(parameters => parameters.Add(p => p.Readings, readings));

        var sessions = chart.FindAll("g.session");
        Assert.Equal(3, sessions.Count);
        var xs = sessions.Select(session => Number(session.QuerySelector("circle.after")!, "cx")).ToList();
        Assert.Equal(xs.Order(), xs);
        for (var i = 0; i < readings.Length; i++)
        {
            var before = sessions[i].QuerySelector("circle[data-kind=before]")!;
            var after = sessions[i].QuerySelector("circle[data-kind=after]")!;
            Assert.Equal(readings[i].Before.ToString(CultureInfo.InvariantCulture), before.GetAttribute("data-pain"));
            Assert.Equal(PainChartGeometry.Y(readings[i].Before), Number(before, "cy"), 1);
            Assert.Equal(PainChartGeometry.Y(readings[i].After), Number(after, "cy"), 1);
        }
        Assert.Contains("band-safe", sessions[0].QuerySelector("circle.after")!.ClassList);
        Assert.Contains("band-acceptable", sessions[1].QuerySelector("circle.after")!.ClassList);
        Assert.Contains("band-too-much", sessions[2].QuerySelector("circle.after")!.ClassList);
        Assert.Equal("4 Dec: after 7 (above 5 too much)", sessions[2].QuerySelector("circle.after title")!.TextContent);
    }

    [Fact]
    public void The_chart_is_described_for_screen_readers()
    {
        var chart = Render<PainChart>(parameters => parameters.Add(p => p.Readings, [new PainReading(Monday, 2, 2), new PainReading(Monday.AddDays(1), 2, 6)]));

        var svg = chart.Find("svg[role=img]");
        Assert.Equal("pain-chart-title pain-chart-description", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("2 sessions. Latest, 1 Dec: pain 2 before and 6 after, above 5 too much. 1 ended above 5.", chart.Find("desc").TextContent);
    }

    [Fact]
    public void Without_reports_there_is_no_chart_but_a_sentence()
    {
        var chart = Render<PainChart>(parameters => parameters.Add(p => p.Readings, []));

        Assert.Empty(chart.FindAll("svg"));
        Assert.Contains("No sessions reported yet.", chart.Markup);
    }

    [Theory]
    [InlineData(0, PainBand.Safe)]
    [InlineData(2, PainBand.Safe)]
    [InlineData(3, PainBand.Acceptable)]
    [InlineData(5, PainBand.Acceptable)]
    [InlineData(6, PainBand.TooMuch)]
    [InlineData(10, PainBand.TooMuch)]
    public void Pain_falls_in_the_pain_monitoring_models_bands(int pain, PainBand band) =>
        Assert.Equal(band, PainBands.Of(pain));

    private static double Number(AngleSharp.Dom.IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
