using Telehealth.AppHost.Dashboard.Telemetry;
using Telehealth.AppHost.Dashboard.Telemetry.Logs;

namespace Telehealth.AppHost.Dashboard.Tests.Telemetry;

public sealed class LogMessageTemplateTests
{
    private static readonly TelemetryAttribute[] Values = [new("ReportId", "r-7"), new("Elapsed", "12.5"), new("Items", "[1, 2]")];

    [Theory]
    [InlineData("Report {ReportId} accepted", "Report r-7 accepted")]
    [InlineData("Took {Elapsed:0.0} ms", "Took 12.5 ms")]
    [InlineData("Items {@Items}", "Items [1, 2]")]
    [InlineData("Unknown {Missing} stays", "Unknown {Missing} stays")]
    [InlineData("Braces {{literal}} and {ReportId}", "Braces {literal} and r-7")]
    [InlineData("No holes", "No holes")]
    [InlineData("Unclosed {ReportId", "Unclosed {ReportId")]
    public void Placeholders_are_filled_from_attributes(string template, string expected)
    {
        Assert.Equal(expected, LogMessageTemplate.Render(template, Values));
    }
}
