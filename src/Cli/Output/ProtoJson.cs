using System.Text.Json.Nodes;
using Google.Protobuf;

namespace Telehealth.Cli.Output;

/// <summary>
/// API messages in protobuf's canonical JSON (lowerCamelCase, enums by name), with default values
/// written out so scripts can rely on every field being there.
/// </summary>
internal static class ProtoJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static string Format(IMessage message) => Formatter.Format(message);

    public static JsonNode Node(IMessage message) => JsonNode.Parse(Format(message))!;
}
