using System.Collections;
using System.Text.Json;

namespace Telehealth.Testing.Storage;

/// <summary>Compares a row read back with the row that was written, property by property.</summary>
internal static class RowAssert
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every public property but <paramref name="ignored"/>: instants with their offsets, lists and JSON columns by content.</summary>
    public static void Same<T>(T expected, T actual, params string[] ignored)
        where T : class
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !ignored.Contains(p.Name)))
        {
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            var where = $"{typeof(T).Name}.{property.Name}";
            switch (want)
            {
                case DateTimeOffset instant:
                    Assert.True(got is DateTimeOffset same && same == instant && same.Offset == instant.Offset, $"{where}: expected {instant:O}, read {got:O}");
                    break;
                case IEnumerable and not string:
                    Assert.True(JsonSerializer.Serialize(want, Json) == JsonSerializer.Serialize(got, Json), $"{where}: expected {JsonSerializer.Serialize(want, Json)}, read {JsonSerializer.Serialize(got, Json)}");
                    break;
                default:
                    Assert.True(Equals(want, got), $"{where}: expected {want}, read {got}");
                    break;
            }
        }
    }

    /// <summary>The same instant and the same offset: DateTimeOffset's own equality ignores the offset.</summary>
    public static void SameInstant(DateTimeOffset? expected, DateTimeOffset? actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected?.Offset, actual?.Offset);
    }
}
