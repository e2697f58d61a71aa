using System.IO.Pipelines;
using Google.Protobuf;

namespace Telehealth.Grpc.Server;

/// <summary>Reads framed request messages from the request body, frames split anyhow across DATA frames.</summary>
internal sealed class HttpRequestMessageReader<T> : IAsyncStreamReader<T>
    where T : class, IMessage<T>
{
    private readonly PipeReader _body;
    private readonly MessageParser<T> _parser;
    private readonly int _maxMessageSize;
    private readonly string? _encoding;
    private readonly CancellationToken _callToken;
    private T? _current;
    private bool _reading;
    private bool _ended;

    public HttpRequestMessageReader(PipeReader body, MessageParser<T> parser, int maxMessageSize, string? encoding, CancellationToken callToken)
    {
        _body = body;
        _parser = parser;
        _maxMessageSize = maxMessageSize;
        _encoding = encoding;
        _callToken = callToken;
    }

    public T Current => _current ?? throw new InvalidOperationException("No current message: call MoveNext first.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
    {
        if (_reading)
        {
            throw new InvalidOperationException("A read is already in progress.");
        }
        _reading = true;
        try
        {
            using var linked = cancellationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _callToken)
                : null;
            _current = await ReadMessageAsync(linked?.Token ?? _callToken).ConfigureAwait(false);
            return _current is not null;
        }
        finally
        {
            _reading = false;
        }
    }

    /// <summary>The next message, or null when the caller has half-closed.</summary>
    public async ValueTask<T?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        if (_ended)
        {
            return null;
        }
        while (true)
        {
            var result = await _body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            try
            {
                if (MessageFraming.TryReadFrame(ref buffer, _maxMessageSize, out var compressed, out var payload))
                {
                    var message = MessageFraming.ParseMessage(_parser, payload, compressed, _encoding, _maxMessageSize);
                    // The caller half-closed right after this message: no need to read the body again.
                    _ended = result.IsCompleted && buffer.IsEmpty;
                    _body.AdvanceTo(buffer.Start);
                    return message;
                }
            }
            catch
            {
                _body.AdvanceTo(result.Buffer.End);
                throw;
            }
            if (result.IsCompleted || result.IsCanceled)
            {
                _body.AdvanceTo(buffer.End);
                if (buffer.Length == 0 && result.IsCompleted)
                {
                    return null;
                }
                throw new RpcException(StatusCode.Internal, result.IsCanceled ? "Request read was cancelled." : "Incomplete message: the request ended inside a frame.");
            }
            _body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Exactly one message, as unary and server-streaming calls take.</summary>
    public async ValueTask<T> ReadSingleMessageAsync(CancellationToken cancellationToken)
    {
        var message = await ReadMessageAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(StatusCode.Internal, "Request ended without a message.");
        if (await ReadMessageAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new RpcException(StatusCode.Internal, "More than one request message for a call that takes one.");
        }
        return message;
    }
}
