using Telehealth.AppHost.Dashboard.Telemetry.Metrics;

namespace Telehealth.AppHost.Dashboard.Tests.Telemetry;

public sealed class QuantileEstimatorTests
{
    [Fact]
    public void Measurements_spread_evenly_inside_a_bucket()
    {
        BucketRange[] ranges = [new(0, 100, 100)];

        Assert.Equal(50, QuantileEstimator.Estimate(ranges, 0.5)!.Value, precision: 6);
        Assert.Equal(99, QuantileEstimator.Estimate(ranges, 0.99)!.Value, precision: 6);
    }

    [Fact]
    public void Empty_buckets_have_no_percentile()
    {
        Assert.Null(QuantileEstimator.Estimate([], 0.5));
        Assert.Null(QuantileEstimator.Estimate([new BucketRange(0, 10, 0)], 0.5));
    }

    [Fact]
    public void Overflow_bucket_is_closed_by_the_recorded_maximum()
    {
        var histogram = new HistogramValue([10, 20], [0, 0, 10], 10, 400, Min: 25, Max: 60);

        var p50 = QuantileEstimator.Estimate(histogram.Ranges().ToList(), 0.5);

        Assert.Equal(40, p50!.Value, precision: 6);
    }

    [Fact]
    public void A_histogram_minus_an_earlier_one_is_what_happened_in_between()
    {
        var earlier = new HistogramValue([10], [1, 2], 3, 30, 1, 50);
        var later = new HistogramValue([10], [4, 2], 6, 45, 1, 50);

        var change = later.Since(earlier)!;

        Assert.Equal([3.0, 0.0], change.Counts);
        Assert.Equal(3, change.Count);
        Assert.Equal(15, change.Sum);
        Assert.Null(later.Since(new HistogramValue([10], [9, 9], 18, 90, null, null)));
    }
}
