using Grpc.Core;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// Collects what is wrong with a request, field by field, and fails the call with
/// INVALID_ARGUMENT listing them all (google.rpc.BadRequest) before anything is written.
/// </summary>
public sealed class FieldErrors
{
    private readonly List<(string Field, string Description)> _violations = [];

    public bool Any => _violations.Count > 0;

    public FieldErrors Add(string field, string description)
    {
        _violations.Add((field, description));
        return this;
    }

    public FieldErrors Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
        }
        return this;
    }

    /// <summary>Requires a UUID, and gives it back (Guid.Empty when it is not one).</summary>
    public Guid Uuid(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return Guid.Empty;
        }
        if (!Guid.TryParse(value, out var id) || id == Guid.Empty)
        {
            Add(field, "must be a UUID");
            return Guid.Empty;
        }
        return id;
    }

    public FieldErrors InRange(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, $"must be between {min} and {max}");
        }
        return this;
    }

    public FieldErrors MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, $"must be at most {max} characters");
        }
        return this;
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw RichStatus.InvalidArgument(_violations);
        }
    }

    /// <summary>A repeated field with at most <paramref name="max"/> entries.</summary>
    public FieldErrors MaxCount(string field, int count, int max)
    {
        if (count > max)
        {
            Add(field, $"must have at most {max} entries");
        }
        return this;
    }

    /// <summary>
    /// The entries of a repeated field to check one by one: all of them, or none (and a violation)
    /// when there are more than <paramref name="max"/>. An oversized list then costs one violation
    /// and no work per entry, and the answer stays small.
    /// </summary>
    public IReadOnlyList<T> AtMost<T>(string field, IReadOnlyList<T> entries, int max)
    {
        if (entries.Count <= max)
        {
            return entries;
        }
        MaxCount(field, entries.Count, max);
        return [];
    }

    /// <summary>A repeated string field: at most <paramref name="maxCount"/> entries, each (field[i]) at most <paramref name="maxLength"/> characters.</summary>
    public FieldErrors MaxStrings(string field, IReadOnlyList<string> values, int maxCount, int maxLength)
    {
        var checkable = AtMost(field, values, maxCount);
        for (var i = 0; i < checkable.Count; i++)
        {
            MaxLength($"{field}[{i}]", checkable[i], maxLength);
        }
        return this;
    }
}
