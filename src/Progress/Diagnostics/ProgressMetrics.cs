using System.Diagnostics.Metrics;

namespace Telehealth.Progress.Diagnostics;

/// <summary>The service's own counters; labels carry kinds, never patients.</summary>
public sealed class ProgressMetrics
{
    public const string MeterName = "Telehealth.Progress";

    private readonly Counter<long> _reports;
    private readonly Counter<long> _flares;
    private readonly Counter<long> _redFlags;
    private readonly Counter<long> _suggestions;

    public ProgressMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _reports = meter.CreateCounter<long>("telehealth.progress.reports_received", "{report}", "Session reports accepted.");
        _flares = meter.CreateCounter<long>("telehealth.progress.flares_detected", "{flare}", "Pain flares detected in reports and next-day checks.");
        _redFlags = meter.CreateCounter<long>("telehealth.progress.red_flags_reported", "{report}", "Reports with at least one red flag.");
        _suggestions = meter.CreateCounter<long>("telehealth.progress.suggestions_made", "{suggestion}", "Progression and regression suggestions.");
    }

    public void ReportReceived() => _reports.Add(1);

    public void FlareDetected() => _flares.Add(1);

    public void RedFlagReported() => _redFlags.Add(1);

    public void SuggestionMade(string direction) => _suggestions.Add(1, new KeyValuePair<string, object?>("direction", direction));
}
