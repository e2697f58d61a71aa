using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Telehealth.AppHost.Dashboard.Otlp.Common.V1;
using Telehealth.AppHost.Dashboard.Telemetry;

namespace Telehealth.AppHost.Dashboard.Otlp;

/// <summary>Renders OTLP's attribute values and ids as the text the dashboard stores and shows.</summary>
internal static class OtlpValues
{
    /// <summary>What OTLP says a resource without service.name is called.</summary>
    public const string UnknownService = "unknown_service";

    public static string ServiceName(Resource.V1.Resource? resource)
    {
        var name = resource?.Attributes.FirstOrDefault(attribute => attribute.Key == "service.name")?.Value?.StringValue;
        return string.IsNullOrWhiteSpace(name) ? UnknownService : name;
    }

    public static IReadOnlyList<TelemetryAttribute> Attributes(RepeatedField<KeyValue> attributes, int maxLength)
    {
        if (attributes.Count == 0)
        {
            return [];
        }
        var list = new List<TelemetryAttribute>(attributes.Count);
        foreach (var attribute in attributes)
        {
            list.Add(new TelemetryAttribute(attribute.Key, Cut(Text(attribute.Value), maxLength)));
        }
        return list;
    }

    public static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString("R", CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Text)) + "]",
        AnyValue.ValueOneofCase.KvlistValue => "{" + string.Join(", ", value.KvlistValue.Values.Select(pair => $"{pair.Key}: {Text(pair.Value)}")) + "}",
        _ => "",
    };

    /// <summary>Lower-case hex, or null for an absent or all-zero id (both mean "none" in OTLP).</summary>
    public static string? Id(ByteString id)
    {
        if (id.IsEmpty || id.Span.IndexOfAnyExcept((byte)0) < 0)
        {
            return null;
        }
        return Convert.ToHexStringLower(id.Span);
    }

    public static string Cut(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength), "…");

    public static long Nanos(ulong unixNanos) => unixNanos > long.MaxValue ? long.MaxValue : (long)unixNanos;
}
