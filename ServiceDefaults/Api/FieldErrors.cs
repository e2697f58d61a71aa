using Grpc.Core;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// Collects what is wrong with a request, field by field, and fails the call with
/// INVALID_ARGUMENT listing them all (google.rpc.BadRequest) before anything is written.
/// </summary>
public sealed class FieldErrors
{
    // google.protobuf.Timestamp's range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    private const long EarliestTimestampSeconds = -62_135_596_800;
    private const long LatestTimestampSeconds = 253_402_300_799;

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

    /// <summary>
    /// Requires a google.protobuf.Timestamp inside the range its documentation gives (0001-01-01 to
    /// 9999-12-31, nanos 0 to 999,999,999), and gives it back (null when missing or out of range):
    /// outside it, converting the timestamp throws, and the call would end UNKNOWN.
    /// </summary>
    public DateTimeOffset? Timestamp(string field, Google.Protobuf.WellKnownTypes.Timestamp? value, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "is required");
            }
            return null;
        }
        if (value.Seconds < EarliestTimestampSeconds || value.Seconds > LatestTimestampSeconds || value.Nanos is < 0 or > 999_999_999)
        {
            Add(field, "is not a valid timestamp");
            return null;
        }
        return value.ToDateTimeOffset();
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
