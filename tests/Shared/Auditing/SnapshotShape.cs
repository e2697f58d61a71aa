using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Telehealth.Testing.Auditing;

/// <summary>
/// The JSON an audit snapshot type is written as (camelCase names, enums by name, nulls kept,
/// as <c>AuditSnapshot.Options</c> writes it), described one field per line: "path | type".
/// Nested objects and list elements are spelled out, so a change anywhere in the tree shows.
/// </summary>
public static class SnapshotShape
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<string> Describe(Type snapshotType)
    {
        var lines = new List<string>();
        DescribeObject(snapshotType, prefix: "", lines, depth: 0);
        return lines;
    }

    private static void DescribeObject(Type type, string prefix, List<string> lines, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException($"{type.Name} nests too deeply to be an audit snapshot.");
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0)
                     .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null))
        {
            var path = prefix + (property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            var nullable = Nullability.Create(property).ReadState == NullabilityState.Nullable;
            DescribeValue(property.PropertyType, path, nullable, lines, depth);
        }
    }

    private static void DescribeValue(Type type, string path, bool nullable, List<string> lines, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            DescribeValue(underlying, path, nullable: true, lines, depth);
            return;
        }
        var orNull = nullable ? " or null" : "";
        if (Scalar(type) is { } scalar)
        {
            lines.Add($"{path} | {scalar}{orNull}");
        }
        else if (ElementOf(type) is { } element)
        {
            var elementScalar = Scalar(Nullable.GetUnderlyingType(element) ?? element);
            lines.Add($"{path} | array of {elementScalar ?? "object"}{orNull}");
            if (elementScalar is null)
            {
                DescribeObject(element, path + "[].", lines, depth + 1);
            }
        }
        else
        {
            lines.Add($"{path} | object{orNull}");
            DescribeObject(type, path + ".", lines, depth + 1);
        }
    }

    private static string? Scalar(Type type)
    {
        if (type.IsEnum)
        {
            var names = string.Join(", ", Enum.GetNames(type));
            return type.GetCustomAttribute<FlagsAttribute>() is null ? $"string (one of {names})" : $"string (a comma-separated list of {names})";
        }
        return type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(Guid) => "string (UUID)",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "string (ISO 8601 date and time)",
            _ when type == typeof(DateOnly) => "string (ISO 8601 date)",
            _ when type == typeof(TimeOnly) => "string (time of day, HH:mm:ss)",
            _ when type == typeof(TimeSpan) => "string (duration, [d.]hh:mm:ss)",
            _ when type == typeof(bool) => "boolean",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => "integer",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "number",
            _ => null,
        };
    }

    private static Type? ElementOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0]
            ?? throw new InvalidOperationException($"{type.Name} is a collection of no known element type; an audit snapshot needs a typed list.");
    }
}
