using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// Builds and mutates request messages from their descriptors alone, so every field of every RPC is
/// reached without knowing the contract: random and edge values for each scalar type, enums with
/// numbers the contract does not define, timestamps and durations out of range, messages left
/// empty or missing, and repeated fields emptied or made thousands long. Every free-text value it
/// writes is kept in <see cref="Strings"/>, so the answer can be checked for echoes of it.
/// </summary>
internal sealed class MessageFuzzer(Random random)
{
    private const int MaxDepth = 4;

    private readonly List<string> _strings = [];

    public IReadOnlyList<string> Strings => _strings;

    /// <summary>A message of <paramref name="type"/> with about half its fields set, at random.</summary>
    public IMessage FromScratch(MessageDescriptor type) => Build(type, depth: 0);

    /// <summary>Changes <paramref name="count"/> fields somewhere in <paramref name="message"/>, and says which and how.</summary>
    public IReadOnlyList<string> Mutate(IMessage message, int count)
    {
        var applied = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var targets = Targets(message, "", depth: 0).ToList();
            if (targets.Count == 0)
            {
                break;
            }
            var (owner, field, path) = targets[random.Next(targets.Count)];
            applied.Add($"{path}: {MutateField(owner, field)}");
        }
        return applied;
    }

    /// <summary>Every field of the message and of the sub-messages it holds (the first items of lists).</summary>
    private static IEnumerable<(IMessage Owner, FieldDescriptor Field, string Path)> Targets(IMessage message, string prefix, int depth)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.Name;
            yield return (message, field, path);
            if (depth >= MaxDepth || field.FieldType != FieldType.Message || field.IsMap || IsWellKnown(field.MessageType))
            {
                continue;
            }
            var children = field.IsRepeated
                ? ((IList)field.Accessor.GetValue(message)).Cast<IMessage>().Take(2).Select((item, index) => (item, $"{path}[{index}]."))
                : field.Accessor.GetValue(message) is IMessage single ? [(single, path + ".")] : [];
            foreach (var (child, childPrefix) in children)
            {
                foreach (var target in Targets(child, childPrefix, depth + 1))
                {
                    yield return target;
                }
            }
        }
    }

    private string MutateField(IMessage owner, FieldDescriptor field)
    {
        if (field.IsMap || field.IsRepeated)
        {
            return MutateList(owner, field);
        }
        if (random.Next(6) == 0)
        {
            field.Accessor.Clear(owner);
            return "cleared";
        }
        var (label, value) = Value(field, depth: 1);
        field.Accessor.SetValue(owner, value);
        return label;
    }

    private string MutateList(IMessage owner, FieldDescriptor field)
    {
        var entries = (ICollection)field.Accessor.GetValue(owner);
        if (field.IsMap)
        {
            if (random.Next(2) == 0)
            {
                Clear(entries);
                return "emptied";
            }
            AddMapEntry(entries, field);
            return "added an entry";
        }
        switch (random.Next(4))
        {
            case 0:
                Clear(entries);
                return "emptied";
            case 1:
                var count = random.Next(1000, 5001);
                for (var i = 0; i < count; i++)
                {
                    Add(entries, Small(field));
                }
                return $"{count} more entries";
            default:
                var labels = new List<string>();
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var (label, value) = Value(field, depth: 1);
                    Add(entries, value);
                    labels.Add(label);
                }
                return "added " + string.Join(", ", labels);
        }
    }

    private IMessage Build(MessageDescriptor type, int depth)
    {
        var message = type.Parser.ParseFrom(ByteString.Empty);
        if (IsWellKnown(type))
        {
            return WellKnown(type).Value;
        }
        foreach (var field in type.Fields.InFieldNumberOrder().Where(_ => random.Next(2) == 0))
        {
            if (field.IsMap)
            {
                AddMapEntry((ICollection)field.Accessor.GetValue(message), field);
            }
            else if (field.IsRepeated)
            {
                var entries = (ICollection)field.Accessor.GetValue(message);
                for (var i = random.Next(0, 4); i > 0; i--)
                {
                    Add(entries, Value(field, depth + 1).Value);
                }
            }
            else if (field.FieldType != FieldType.Message || depth < MaxDepth)
            {
                field.Accessor.SetValue(message, Value(field, depth + 1).Value);
            }
        }
        return message;
    }

    private (string Label, object Value) Value(FieldDescriptor field, int depth)
    {
        switch (field.FieldType)
        {
            case FieldType.String:
                var (label, text) = EdgeValues.String(random);
                Remember(label, text);
                return ($"string {label}", text);
            case FieldType.Bytes:
                var bytes = EdgeValues.Bytes(random);
                return ($"bytes {bytes.Label}", bytes.Value);
            case FieldType.Bool:
                return random.Next(2) == 0 ? ("false", false) : ("true", true);
            case FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32:
                var int32 = EdgeValues.Integer(random);
                return ($"int32 {int32.Label}", unchecked((int)int32.Value));
            case FieldType.UInt32 or FieldType.Fixed32:
                var uint32 = EdgeValues.Integer(random);
                return ($"uint32 {uint32.Label}", unchecked((uint)uint32.Value));
            case FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64:
                var int64 = EdgeValues.Integer(random);
                return ($"int64 {int64.Label}", int64.Value);
            case FieldType.UInt64 or FieldType.Fixed64:
                var uint64 = EdgeValues.Integer(random);
                return ($"uint64 {uint64.Label}", unchecked((ulong)uint64.Value));
            case FieldType.Double:
                var real = EdgeValues.Real(random);
                return ($"double {real.Label}", real.Value);
            case FieldType.Float:
                var single = EdgeValues.Real(random);
                return ($"float {single.Label}", (float)single.Value);
            case FieldType.Enum:
                return Enumeration(field.EnumType);
            case FieldType.Message when IsWellKnown(field.MessageType):
                return WellKnown(field.MessageType);
            case FieldType.Message:
                return random.Next(3) == 0
                    ? ("empty message", field.MessageType.Parser.ParseFrom(ByteString.Empty))
                    : ("random message", Build(field.MessageType, depth));
            default:
                throw new NotSupportedException($"{field.FullName} is a {field.FieldType}, which the contracts do not use.");
        }
    }

    private (string Label, object Value) Enumeration(EnumDescriptor type)
    {
        var number = random.Next(3) switch
        {
            0 => type.Values[random.Next(type.Values.Count)].Number,
            1 => type.Values.Max(value => value.Number) + 1,
            _ => new[] { -1, 999, int.MaxValue, int.MinValue }[random.Next(4)],
        };
        var name = type.FindValueByNumber(number)?.Name ?? $"undefined {number}";
        return ($"enum {name}", System.Enum.ToObject(type.ClrType, number));
    }

    /// <summary>Timestamps and durations past their documented ranges (year 1..9999, ±10,000 years, nanos 0..999,999,999).</summary>
    private (string Label, IMessage Value) WellKnown(MessageDescriptor type)
    {
        var (label, seconds, nanos) = random.Next(8) switch
        {
            0 => ("now", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 0),
            1 => ("seconds max", long.MaxValue, 0),
            2 => ("seconds min", long.MinValue, 0),
            3 => ("before year 1", -62135596801L, 0),
            4 => ("after year 9999", 253402300800L, 0),
            5 => ("nanos negative", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), -1),
            6 => ("nanos a second", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 1_000_000_000),
            _ => ("epoch", 0L, 0),
        };
        IMessage value = type.FullName == Duration.Descriptor.FullName
            ? new Duration { Seconds = seconds, Nanos = nanos }
            : new Timestamp { Seconds = seconds, Nanos = nanos };
        return ($"{type.Name} {label}", value);
    }

    /// <summary>A cheap entry for a long list: the size, not the content, is the point.</summary>
    private static object Small(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.String => "x",
        FieldType.Bytes => ByteString.CopyFrom(1),
        FieldType.Bool => true,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => 1,
        FieldType.UInt32 or FieldType.Fixed32 => 1u,
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => 1L,
        FieldType.UInt64 or FieldType.Fixed64 => 1UL,
        FieldType.Double => 1d,
        FieldType.Float => 1f,
        FieldType.Enum => System.Enum.ToObject(field.EnumType.ClrType, 0),
        _ => field.MessageType.Parser.ParseFrom(ByteString.Empty),
    };

    private void AddMapEntry(ICollection map, FieldDescriptor field)
    {
        var key = Value(field.MessageType.FindFieldByNumber(1), MaxDepth).Value;
        var value = Value(field.MessageType.FindFieldByNumber(2), MaxDepth).Value;
        ((IDictionary)map)[key] = value;
    }

    private static void Add(ICollection entries, object value) => ((IList)entries).Add(value);

    private static void Clear(ICollection entries)
    {
        if (entries is IDictionary map)
        {
            map.Clear();
        }
        else
        {
            ((IList)entries).Clear();
        }
    }

    private void Remember(string label, string text)
    {
        if (!label.Contains("uuid", StringComparison.Ordinal) && text.Trim().Length > FuzzCase.EchoLength)
        {
            _strings.Add(text);
        }
    }

    private static bool IsWellKnown(MessageDescriptor type) =>
        type.FullName == Timestamp.Descriptor.FullName || type.FullName == Duration.Descriptor.FullName;
}
