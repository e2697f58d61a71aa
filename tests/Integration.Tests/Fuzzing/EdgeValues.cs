using System.Text;
using Google.Protobuf;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// Values at and past the edges of each protobuf scalar type, each with a short label for the
/// report. Strings cover what validators, databases and log pipelines trip on: empty, whitespace,
/// past the documented limits and past the 256 KiB message limit, control characters, NUL,
/// right-to-left overrides, zero-width and combining characters, astral characters, and text that
/// looks like markup, SQL or a format string.
/// </summary>
internal static class EdgeValues
{
    /// <summary>Bigger than any message a service accepts (MessageSizeLimit, 256 KiB).</summary>
    private const int BeyondMessageLimit = 300 * 1024;

    private static readonly (string Label, Func<Random, string> Make)[] Strings =
    [
        ("empty", _ => ""),
        ("spaces", _ => "   "),
        ("tab and newlines", _ => "\t\r\n"),
        ("NUL", _ => "\0"),
        ("NUL inside", r => Word(r) + "\0" + Word(r)),
        ("control characters", r => "\u0001\u0007\u001b[31m" + Word(r) + "\u007f\u0085"),
        ("right-to-left override", r => "\u202E" + Word(r) + "\u202Dtxt.exe"),
        ("zero-width and BOM", r => "\u200B\uFEFF" + Word(r) + "\u200D"),
        ("combining marks", _ => "Z\u0351\u0363\u0364\u0353\u0315a\u0336\u0317\u0354l\u0347g\u0337o"),
        ("astral characters", _ => "\U0001F600\U0001D11E\U00010348"),
        ("noncharacters", _ => "\uFFFE\uFFFF\uFDD0"),
        ("markup", _ => "<script>alert(1)</script>&amp;"),
        ("SQL", _ => "'); DROP TABLE programmes; --"),
        ("format string", _ => "%s%n%x{0}{{}}${jndi:x}"),
        ("path", _ => "../../../../etc/passwd"),
        ("number as text", r => r.Next(3) switch { 0 => "-1", 1 => "1e309", _ => "NaN" }),
        ("uuid", _ => Guid.NewGuid().ToString()),
        ("nil uuid", _ => Guid.Empty.ToString()),
        ("uuid, braces and capitals", _ => Guid.NewGuid().ToString("B").ToUpperInvariant()),
        ("uuid with trailing NUL", _ => Guid.NewGuid() + "\0"),
        ("long (201..5000)", r => new string('x', r.Next(201, 5001))),
        ("long non-ASCII (2000)", _ => string.Concat(Enumerable.Repeat("é漢", 1000))),
        ("beyond the message limit", _ => new string('y', BeyondMessageLimit)),
        ("random", RandomText),
    ];

    private static readonly (string Label, long Value)[] Integers =
    [
        ("0", 0), ("1", 1), ("-1", -1), ("7", 7), ("11", 11), ("100", 100), ("int max", int.MaxValue), ("int min", int.MinValue),
        ("long max", long.MaxValue), ("long min", long.MinValue), ("2^31", 1L << 31), ("-2^31-1", -(1L << 31) - 1),
    ];

    private static readonly (string Label, double Value)[] Reals =
    [
        ("0", 0), ("-0", -0.0), ("NaN", double.NaN), ("+Inf", double.PositiveInfinity), ("-Inf", double.NegativeInfinity),
        ("max", double.MaxValue), ("min", double.MinValue), ("epsilon", double.Epsilon), ("-1", -1), ("1e308", 1e308), ("2.5", 2.5), ("1e-9", 1e-9),
    ];

    public static (string Label, string Value) String(Random random)
    {
        var (label, make) = Strings[random.Next(Strings.Length)];
        return (label, make(random));
    }

    public static (string Label, long Value) Integer(Random random) =>
        random.Next(4) == 0 ? ("random", random.NextInt64(long.MinValue, long.MaxValue)) : Integers[random.Next(Integers.Length)];

    public static (string Label, double Value) Real(Random random) =>
        random.Next(4) == 0 ? ("random", (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-10, 12))) : Reals[random.Next(Reals.Length)];

    public static (string Label, ByteString Value) Bytes(Random random) => random.Next(4) switch
    {
        0 => ("empty", ByteString.Empty),
        1 => ("invalid UTF-8", ByteString.CopyFrom(0xC3, 0x28, 0xFF)),
        2 => ("long", ByteString.CopyFrom(RandomBytes(random, 5000))),
        _ => ("random", ByteString.CopyFrom(RandomBytes(random, random.Next(1, 64)))),
    };

    /// <summary>An ordinary word, so that edge characters sit inside text a validator might accept.</summary>
    public static string Word(Random random) => new[] { "bridge", "plank", "walk", "pain", "knee", "back" }[random.Next(6)] + random.Next(1000);

    public static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Characters from every plane a client could send, surrogates kept in pairs (the serializer refuses lone ones; the wire cases send those).</summary>
    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(1, 80);
        while (text.Length < length)
        {
            var rune = random.Next(5) switch
            {
                0 => random.Next(0x00, 0x20),
                1 => random.Next(0x20, 0x7F),
                2 => random.Next(0x80, 0xD800),
                3 => random.Next(0xE000, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            };
            text.Append(char.ConvertFromUtf32(rune));
        }
        return text.ToString();
    }
}
