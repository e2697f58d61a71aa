using Google.Protobuf;

namespace Telehealth.Grpc.Client;

/// <summary>Writes request messages of a client-streaming or duplex call; one write at a time.</summary>
internal sealed class ClientRequestStreamWriter<TRequest>(IClientCallLifecycle call, StreamingRequestContent content, bool compress, int? maxMessageSize)
    : IClientStreamWriter<TRequest>
    where TRequest : class, IMessage<TRequest>
{
    private int _writing;
    private bool _completed;

    public async Task WriteAsync(TRequest message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_completed)
        {
            throw new InvalidOperationException("The request stream has been completed.");
        }
        call.ThrowIfFinished();
        if (Interlocked.Exchange(ref _writing, 1) == 1)
        {
            throw new InvalidOperationException("A write is already in progress.");
        }
        try
        {
            var frame = ClientFraming.Frame(message, compress, maxMessageSize);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CallToken);
            var body = await call.WhenStartedOrFinished(content.BodyStream).WaitAsync(linked.Token).ConfigureAwait(false);
            await body.WriteAsync(frame, linked.Token).ConfigureAwait(false);
            await body.FlushAsync(linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not RpcException and not InvalidOperationException)
        {
            call.ThrowIfFinished();
            throw call.Fail(exception);
        }
        finally
        {
            Volatile.Write(ref _writing, 0);
        }
    }

    public Task CompleteAsync()
    {
        _completed = true;
        content.Complete();
        return Task.CompletedTask;
    }
}
