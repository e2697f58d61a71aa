namespace Telehealth.Grpc.Tests.Protocol;

public sealed class GrpcTimeoutTests
{
    [Theory]
    [InlineData("1H", 3600_000)]
    [InlineData("2M", 120_000)]
    [InlineData("3S", 3000)]
    [InlineData("250m", 250)]
    [InlineData("1500u", 1.5)]
    [InlineData("1000000n", 1)]
    [InlineData("99999999m", 99999999)]
    public void Parses_every_unit(string header, double milliseconds)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout));
        Assert.Equal(milliseconds, timeout.TotalMilliseconds, precision: 6);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10x")]
    [InlineData("-5S")]
    [InlineData("123456789S")]
    [InlineData("1.5S")]
    public void Rejects_malformed_values(string? header) => Assert.False(GrpcTimeout.TryParse(header, out _));

    [Theory]
    [InlineData(0.001, "1000n")]
    [InlineData(1, "1000000n")]
    [InlineData(150, "150000u")]
    [InlineData(100_000, "100000m")]
    public void Formats_in_the_finest_unit_that_fits(double milliseconds, string expected)
    {
        var formatted = GrpcTimeout.Format(TimeSpan.FromMilliseconds(milliseconds));
        Assert.True(formatted.Length <= 9, formatted);
        Assert.True(GrpcTimeout.TryParse(formatted, out var parsed));
        Assert.True(parsed >= TimeSpan.FromMilliseconds(milliseconds), $"{formatted} is shorter than {milliseconds} ms");
        Assert.Equal(expected, formatted);
    }

    [Fact]
    public void Formats_very_long_timeouts_within_eight_digits()
    {
        Assert.Equal("10512000M", GrpcTimeout.Format(TimeSpan.FromDays(365 * 20)));
        Assert.Equal("99999999H", GrpcTimeout.Format(TimeSpan.MaxValue));
    }

    [Fact]
    public void Formats_negative_timeouts_as_zero() => Assert.Equal("0n", GrpcTimeout.Format(TimeSpan.FromSeconds(-1)));
}
