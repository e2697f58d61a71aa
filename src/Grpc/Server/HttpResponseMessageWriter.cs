using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace Telehealth.Grpc.Server;

/// <summary>Writes framed response messages to the response body, one write at a time.</summary>
internal sealed class HttpResponseMessageWriter<T> : IServerStreamWriter<T>
    where T : class, IMessage<T>
{
    private readonly HttpContext _httpContext;
    private readonly ServerCallContext _context;
    private readonly int? _maxMessageSize;
    private int _writing;

    public HttpResponseMessageWriter(HttpContext httpContext, ServerCallContext context, int? maxMessageSize)
    {
        _httpContext = httpContext;
        _context = context;
        _maxMessageSize = maxMessageSize;
    }

    /// <summary>Set once the handler has returned: writes after that are refused.</summary>
    public bool Completed { get; set; }

    public async Task WriteAsync(T message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Completed)
        {
            throw new InvalidOperationException("The call has completed; no more messages can be written.");
        }
        if (Interlocked.Exchange(ref _writing, 1) == 1)
        {
            throw new InvalidOperationException("A write is already in progress.");
        }
        try
        {
            Write(message);
            var token = cancellationToken.CanBeCanceled ? cancellationToken : _context.CancellationToken;
            var result = await _httpContext.Response.BodyWriter.FlushAsync(token).ConfigureAwait(false);
            if (result.IsCanceled || result.IsCompleted)
            {
                throw new OperationCanceledException("The caller is no longer reading responses.");
            }
        }
        finally
        {
            Volatile.Write(ref _writing, 0);
        }
    }

    /// <summary>Writes a message into the body without flushing: a unary response goes out with its trailers.</summary>
    public void Write(T message)
    {
        if (_maxMessageSize is { } max && message.CalculateSize() > max)
        {
            throw new RpcException(StatusCode.ResourceExhausted, $"Sending message larger than max ({max}).");
        }
        _context.PrepareResponseHeaders();
        MessageFraming.WriteMessage(_httpContext.Response.BodyWriter, message, _context.ResponseCompressed);
    }
}
