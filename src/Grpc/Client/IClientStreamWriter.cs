namespace Telehealth.Grpc.Client;

/// <summary>The client's side of a request stream: write messages, then complete (half-close).</summary>
public interface IClientStreamWriter<in T> : IAsyncStreamWriter<T>
{
    Task CompleteAsync();
}
