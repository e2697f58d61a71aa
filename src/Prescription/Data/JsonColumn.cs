using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Telehealth.Prescription.Data;

/// <summary>
/// Stores an immutable value object (a record) as one JSON column: versions are never edited,
/// so there is nothing to gain from spreading a dosage over a dozen columns.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>() => new(
        value => JsonSerializer.Serialize(value, Options),
        json => JsonSerializer.Deserialize<T>(json, Options)!);

    public static ValueComparer<T> Comparer<T>() => new(
        (left, right) => Equals(left, right),
        value => value == null ? 0 : value.GetHashCode(),
        value => value);
}
