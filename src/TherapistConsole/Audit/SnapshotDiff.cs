using System.Text;
using System.Text.Json;

namespace Telehealth.TherapistConsole.Audit;

/// <summary>
/// What an audit record changed, field by field: its before and after snapshots (snapshots.md
/// beside audit.proto) flattened to named values and compared. Names are put in words ("items ›
/// Bird-dog › dosage › hold seconds"), and the elements of a list are named by their exercise or
/// title where they have one, so an item added to a programme does not show every later item as
/// changed. Fields without a value are left out.
/// </summary>
public static class SnapshotDiff
{
    private const string Separator = " › ";

    private static readonly string[] NamingProperties = ["exerciseName", "title"];

    public static IReadOnlyList<SnapshotChange> Between(string beforeJson, string afterJson)
    {
        try
        {
            var before = Flatten(beforeJson);
            var after = Flatten(afterJson);
            var changes = after
                .Where(field => before.GetValueOrDefault(field.Key) != field.Value)
                .Select(field => new SnapshotChange(field.Key, before.GetValueOrDefault(field.Key), field.Value))
                .ToList();
            changes.AddRange(before.Where(field => !after.ContainsKey(field.Key)).Select(field => new SnapshotChange(field.Key, field.Value, null)));
            return changes;
        }
        catch (JsonException)
        {
            // A shape this console does not know: the snapshots as they are, compactly.
            return [new SnapshotChange("snapshot", Blank(beforeJson), Blank(afterJson))];
        }
    }

    private static OrderedDictionary<string, string> Flatten(string json)
    {
        var fields = new OrderedDictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(json))
        {
            using var document = JsonDocument.Parse(json);
            Flatten(document.RootElement, "", fields);
        }
        return fields;
    }

    /// <param name="named">The property that names this element in <paramref name="path"/>, left out as said already.</param>
    private static void Flatten(JsonElement element, string path, OrderedDictionary<string, string> fields, string? named = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(property => property.Name != named))
                {
                    Flatten(property.Value, Join(path, Words(property.Name)), fields);
                }
                break;
            case JsonValueKind.Array when element.EnumerateArray().All(IsPlain):
                fields[path] = element.GetArrayLength() == 0 ? "none" : string.Join(", ", element.EnumerateArray().Select(Text));
                break;
            case JsonValueKind.Array:
                var position = 0;
                foreach (var item in element.EnumerateArray())
                {
                    position++;
                    var naming = NamingPropertyOf(item);
                    Flatten(item, Join(path, naming is null ? $"#{position}" : item.GetProperty(naming).GetString()!), fields, naming);
                }
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                fields[path] = Text(element);
                break;
        }
    }

    private static bool IsPlain(JsonElement element) => element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => element.GetRawText(),
    };

    private static string? NamingPropertyOf(JsonElement item) =>
        item.ValueKind != JsonValueKind.Object
            ? null
            : NamingProperties.FirstOrDefault(name => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String);

    private static string Join(string path, string name) => path.Length == 0 ? name : path + Separator + name;

    /// <summary>"rangeOfMotionDegrees" as "range of motion degrees".</summary>
    private static string Words(string camelCase)
    {
        var words = new StringBuilder(camelCase.Length + 8);
        foreach (var letter in camelCase)
        {
            if (char.IsUpper(letter) && words.Length > 0)
            {
                words.Append(' ');
            }
            words.Append(char.ToLowerInvariant(letter));
        }
        return words.ToString();
    }

    private static string? Blank(string json) => string.IsNullOrWhiteSpace(json) ? null : json.Trim();
}
