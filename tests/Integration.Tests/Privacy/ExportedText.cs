using System.Text;
using System.Text.Json;

namespace Telehealth.Integration.Tests.Privacy;

/// <summary>
/// What an OTLP export says in words: every attribute key and value, name and body, each closed by
/// " | " so that one value running into the next ("…PainCheck", then a count of 1) reads as two,
/// and without the trace and span ids, which are random and can spell anything ("Painrd4").
/// </summary>
internal static class ExportedText
{
    private static readonly HashSet<string> RandomIds = new(StringComparer.OrdinalIgnoreCase) { "traceId", "spanId", "parentSpanId" };

    public static string Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        var text = new StringBuilder();
        Collect(document.RootElement, text);
        return text.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => !RandomIds.Contains(p.Name)))
                {
                    Collect(property.Value, text);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }
                break;
            case JsonValueKind.String or JsonValueKind.Number:
                text.Append(element.ToString()).Append(" | ");
                break;
        }
    }
}
