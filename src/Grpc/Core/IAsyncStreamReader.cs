namespace Telehealth.Grpc;

/// <summary>Reads a stream of messages, one <see cref="MoveNext"/> at a time.</summary>
public interface IAsyncStreamReader<out T>
{
    T Current { get; }

    Task<bool> MoveNext(CancellationToken cancellationToken = default);
}
