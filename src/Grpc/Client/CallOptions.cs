namespace Telehealth.Grpc.Client;

/// <summary>Per-call settings: metadata, deadline, cancellation, compression, idempotency.</summary>
public readonly record struct CallOptions
{
    public Metadata? Headers { get; init; }

    /// <summary>When the call gives up (UTC); null for no deadline.</summary>
    public DateTime? Deadline { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Compression for request messages ("gzip"); null uses the channel's.</summary>
    public string? Compression { get; init; }

    /// <summary>Marks this call safe to retry on UNAVAILABLE, whatever the method says.</summary>
    public bool Idempotent { get; init; }

    public CallOptions WithTimeout(TimeSpan timeout) => this with { Deadline = DateTime.UtcNow + timeout };
}
