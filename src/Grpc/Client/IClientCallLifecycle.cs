namespace Telehealth.Grpc.Client;

/// <summary>What the call objects handed to users need from the call underneath them.</summary>
internal interface IClientCallLifecycle : IDisposable
{
    CancellationToken CallToken { get; }

    Task<Metadata> ResponseHeadersAsync { get; }

    Status GetStatus();

    Metadata GetTrailers();

    void ThrowIfFinished();

    /// <summary>The request body stream, or the call's end if that comes first.</summary>
    Task<Stream> WhenStartedOrFinished(Task<Stream> bodyStream);

    /// <summary>Ends the call with the status <paramref name="exception"/> maps to, and returns that as an RpcException.</summary>
    RpcException Fail(Exception exception);
}
