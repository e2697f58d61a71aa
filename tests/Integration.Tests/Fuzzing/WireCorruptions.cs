using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// Request bodies no typed serializer writes, made from an encoded request and its descriptor:
/// fields the schema does not have, strings that are not UTF-8, messages cut short, fields with
/// the wrong wire type, lengths past the end, groups nested past the parser's recursion limit,
/// varints too long, and plain garbage. Some are valid protobuf (unknown fields, wrong wire types
/// land among the unknown fields) and may be served; the rest must be refused, not crash.
/// </summary>
internal static class WireCorruptions
{
    private const int LengthDelimited = 2;

    private static readonly byte[][] NotUtf8 =
    [
        [0xC3, 0x28],             // a two-byte sequence whose second byte is no continuation
        [0xFF],                   // never valid in UTF-8
        [0xED, 0xA0, 0x80],       // a lone surrogate, as WTF-8 writes it
        [0xC0, 0xAF],             // an overlong '/'
        [0x62, 0x61, 0x63, 0x6B, 0xF8, 0x88, 0x80, 0x80, 0x80], // "back" and a five-byte sequence
    ];

    public static (string Label, byte[] Body) Corrupt(byte[] encoded, MessageDescriptor type, Random random)
    {
        switch (random.Next(11))
        {
            case 0:
                return UnknownField(encoded, type, random);
            case 1 or 2:
                return InvalidUtf8(encoded, type, random);
            case 3 when encoded.Length >= 2:
                var cut = random.Next(1, encoded.Length);
                return ($"truncated at {cut} of {encoded.Length} bytes", encoded[..cut]);
            case 4 when type.Fields.InFieldNumberOrder().Count > 0:
                return WrongWireType(encoded, type, random);
            case 5:
                var field = AnyFieldNumber(type, random);
                return ($"field {field}: length 1000 with 3 bytes after it", [.. encoded, .. Tag(field, LengthDelimited), .. Varint(1000), 1, 2, 3]);
            case 6:
                var depth = random.Next(101, 400);
                var groups = Enumerable.Repeat(Tag(7777, 3), depth).SelectMany(tag => tag).Concat(Enumerable.Repeat(Tag(7777, 4), depth).SelectMany(tag => tag));
                return ($"{depth} nested groups", [.. encoded, .. groups]);
            case 7:
                var varintField = AnyFieldNumber(type, random);
                return ($"field {varintField}: an 11-byte varint", [.. encoded, .. Tag(varintField, 0), .. Enumerable.Repeat((byte)0xFF, 10), 0x01]);
            case 8:
                return random.Next(2) == 0 ? ("tag zero", [.. encoded, 0x00, 0x01]) : ("end group without a start", [.. encoded, .. Tag(5, 4)]);
            case 9:
                return ("empty body", []);
            default:
                return ("garbage", EdgeValues.RandomBytes(random, random.Next(1, 200)));
        }
    }

    private static (string, byte[]) UnknownField(byte[] encoded, MessageDescriptor type, Random random)
    {
        var highest = type.Fields.InFieldNumberOrder().Select(field => field.FieldNumber).DefaultIfEmpty(0).Max();
        var number = new[] { highest + 1, highest + random.Next(2, 100), 1000, 19_500, 536_870_911 }[random.Next(5)];
        byte[] payload = random.Next(4) switch
        {
            0 => [.. Tag(number, 0), .. Varint(ulong.MaxValue)],
            1 => [.. Tag(number, 1), .. EdgeValues.RandomBytes(random, 8)],
            2 => [.. Tag(number, 5), .. EdgeValues.RandomBytes(random, 4)],
            _ => [.. Tag(number, LengthDelimited), .. Varint(16), .. EdgeValues.RandomBytes(random, 16)],
        };
        return ($"unknown field {number}", [.. encoded, .. payload]);
    }

    /// <summary>A string field, top-level or one message down, whose bytes are not UTF-8; appended, so it wins over the valid value.</summary>
    private static (string, byte[]) InvalidUtf8(byte[] encoded, MessageDescriptor type, Random random)
    {
        var bad = NotUtf8[random.Next(NotUtf8.Length)];
        var strings = type.Fields.InFieldNumberOrder().Where(f => f.FieldType == FieldType.String).ToList();
        var nested = type.Fields.InFieldNumberOrder()
            .Where(f => f.FieldType == FieldType.Message && !f.IsMap)
            .SelectMany(f => f.MessageType.Fields.InFieldNumberOrder().Where(inner => inner.FieldType == FieldType.String).Select(inner => (Outer: f, Inner: inner)))
            .ToList();
        var hex = Convert.ToHexString(bad);
        if (nested.Count > 0 && (strings.Count == 0 || random.Next(2) == 0))
        {
            var (outer, inner) = nested[random.Next(nested.Count)];
            byte[] innerBytes = [.. Tag(inner.FieldNumber, LengthDelimited), .. Varint((ulong)bad.Length), .. bad];
            return ($"{outer.Name}.{inner.Name}: bytes {hex}, not UTF-8", [.. encoded, .. Tag(outer.FieldNumber, LengthDelimited), .. Varint((ulong)innerBytes.Length), .. innerBytes]);
        }
        if (strings.Count == 0)
        {
            return UnknownField(encoded, type, random);
        }
        var field = strings[random.Next(strings.Count)];
        return ($"{field.Name}: bytes {hex}, not UTF-8", [.. encoded, .. Tag(field.FieldNumber, LengthDelimited), .. Varint((ulong)bad.Length), .. bad]);
    }

    private static (string, byte[]) WrongWireType(byte[] encoded, MessageDescriptor type, Random random)
    {
        var fields = type.Fields.InFieldNumberOrder();
        var field = fields[random.Next(fields.Count)];
        var delimited = field.FieldType is FieldType.String or FieldType.Bytes or FieldType.Message || field.IsPacked;
        byte[] payload = delimited
            ? random.Next(2) == 0 ? [.. Tag(field.FieldNumber, 0), .. Varint(150)] : [.. Tag(field.FieldNumber, 5), 1, 2, 3, 4]
            : [.. Tag(field.FieldNumber, LengthDelimited), .. Varint(3), .. Encoding.ASCII.GetBytes("abc")];
        return ($"{field.Name}: wrong wire type", [.. encoded, .. payload]);
    }

    private static int AnyFieldNumber(MessageDescriptor type, Random random)
    {
        var fields = type.Fields.InFieldNumberOrder();
        return fields.Count == 0 ? 1 : fields[random.Next(fields.Count)].FieldNumber;
    }

    private static byte[] Tag(int fieldNumber, int wireType) => Varint(((ulong)(uint)fieldNumber << 3) | (uint)wireType);

    private static byte[] Varint(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var next = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? next : (byte)(next | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }
}
