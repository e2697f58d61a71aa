using Telehealth.Grpc;

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
}
