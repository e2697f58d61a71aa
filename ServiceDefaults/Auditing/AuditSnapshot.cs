using System.Text.Json;
using System.Text.Json.Serialization;

namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>How before and after snapshots are written: JSON a person can read, enums by name.</summary>
public static class AuditSnapshot
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string? ToJson(object? snapshot) =>
        snapshot is null ? null : JsonSerializer.Serialize(snapshot, snapshot.GetType(), Options);
}
