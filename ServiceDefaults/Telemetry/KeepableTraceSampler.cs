using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Telehealth.ServiceDefaults.Telemetry;

/// <summary>
/// Parent-based sampling in which nothing is dropped outright. A trace that starts here is
/// exported when its trace id falls in the ratio (the same decision in every service, since the
/// id travels with the trace); a span whose parent was exported is exported. Every other span is
/// still recorded, not exported, so that <see cref="TraceSampling.Keep"/> can export the rest of a
/// trace once it turns out to matter.
/// </summary>
public sealed class KeepableTraceSampler : Sampler
{
    private static readonly SamplingResult Exported = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult RecordedOnly = new(SamplingDecision.RecordOnly);

    private readonly TraceIdRatioBasedSampler _roots;

    public KeepableTraceSampler(double ratio)
    {
        if (ratio is < 0 or > 1 || double.IsNaN(ratio))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, $"{TraceSampling.RatioSetting} must be between 0 and 1.");
        }
        _roots = new TraceIdRatioBasedSampler(ratio);
        Ratio = ratio;
        Description = $"{nameof(KeepableTraceSampler)}{{{ratio}}}";
    }

    public double Ratio { get; }

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var parent = samplingParameters.ParentContext;
        if (parent.TraceId != default)
        {
            return (parent.TraceFlags & ActivityTraceFlags.Recorded) != 0 ? Exported : RecordedOnly;
        }
        return _roots.ShouldSample(samplingParameters).Decision == SamplingDecision.RecordAndSample ? Exported : RecordedOnly;
    }
}
