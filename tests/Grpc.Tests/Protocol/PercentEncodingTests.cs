namespace Telehealth.Grpc.Tests.Protocol;

public sealed class PercentEncodingTests
{
    [Theory]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("line\r\nbreak", "line%0D%0Abreak")]
    [InlineData("smile ☺", "smile %E2%98%BA")]
    [InlineData("devil 😈", "devil %F0%9F%98%88")]
    public void Encodes_bytes_outside_printable_ascii_and_percent(string value, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Encode(value));
        Assert.Equal(value, PercentEncoding.Decode(expected));
    }

    [Fact]
    public void Round_trips_the_interop_special_message()
    {
        const string message = "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n";
        var encoded = PercentEncoding.Encode(message);
        Assert.All(encoded, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal(message, PercentEncoding.Decode(encoded));
    }

    [Theory]
    [InlineData("%", "%")]
    [InlineData("50%off", "50%off")]
    [InlineData("%zz", "%zz")]
    [InlineData("%4", "%4")]
    public void Keeps_malformed_escapes_as_they_stand(string value, string expected) =>
        Assert.Equal(expected, PercentEncoding.Decode(value));
}
