using System.Diagnostics;
using System.Net;
using System.Security.Authentication;
using Google.Protobuf;
using Telehealth.Grpc.Diagnostics;

namespace Telehealth.Grpc.Client;

/// <summary>
/// One call on the wire: sends the HTTP/2 request, reads headers, messages and trailers, and
/// settles the status exactly once, mapping transport failures, deadlines and cancellation.
/// </summary>
internal sealed class ClientCall<TRequest, TResponse> : IClientCallLifecycle
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly GrpcChannel _channel;
    private readonly Method<TRequest, TResponse> _method;
    private readonly CallOptions _options;
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource<Metadata> _responseHeaders = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Activity? _activity;
    private readonly bool _compressRequests;
    private HttpResponseMessage? _response;
    private ClientMessageReader<TResponse>? _reader;
    private Task? _sending;
    private Status? _status;
    private Metadata? _trailers;
    private bool _requestLeftClient;
    private CancellationTokenSource? _deadlineTimer;
    private volatile bool _deadlineExceeded;
    private bool _handshakeRefused;

    public ClientCall(GrpcChannel channel, Method<TRequest, TResponse> method, CallOptions options)
    {
        _channel = channel;
        _method = method;
        _options = options;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        var compression = options.Compression ?? channel.Options.Compression;
        _compressRequests = compression == GrpcProtocol.GzipEncoding;
        _activity = GrpcDiagnostics.StartClientActivity(method.ServiceName, method.Name, channel.Address.Authority);
    }

    public CancellationToken CallToken => _cancellation.Token;

    public Task<Metadata> ResponseHeadersAsync => _responseHeaders.Task;

    public AsyncUnaryCall<TResponse> StartUnary(TRequest request) =>
        new(RunUnaryAsync(request), this);

    public AsyncServerStreamingCall<TResponse> StartServerStreaming(TRequest request)
    {
        _sending = Guard(() => SendAsync(FramedContent(request)));
        return new AsyncServerStreamingCall<TResponse>(new ClientResponseStreamReader<TRequest, TResponse>(this), this);
    }

    public AsyncClientStreamingCall<TRequest, TResponse> StartClientStreaming()
    {
        var content = new StreamingRequestContent();
        _sending = Guard(() => SendAsync(content));
        var writer = new ClientRequestStreamWriter<TRequest>(this, content, _compressRequests, _channel.Options.MaxSendMessageSize);
        return new AsyncClientStreamingCall<TRequest, TResponse>(writer, Guard(ReadSingleResponseAsync), this);
    }

    public AsyncDuplexStreamingCall<TRequest, TResponse> StartDuplexStreaming()
    {
        var content = new StreamingRequestContent();
        _sending = Guard(() => SendAsync(content));
        var writer = new ClientRequestStreamWriter<TRequest>(this, content, _compressRequests, _channel.Options.MaxSendMessageSize);
        return new AsyncDuplexStreamingCall<TRequest, TResponse>(writer, new ClientResponseStreamReader<TRequest, TResponse>(this), this);
    }

    /// <summary>The next response message, or null once the call has ended OK; throws RpcException otherwise.</summary>
    public async Task<TResponse?> ReadNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _sending!.ConfigureAwait(false);
            if (_status is { } settled)
            {
                return settled.StatusCode == StatusCode.OK ? null : throw new RpcException(settled, _trailers ?? new Metadata());
            }
            using var registration = cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _cancellation);
            var message = await _reader!.ReadMessageAsync(_cancellation.Token).ConfigureAwait(false);
            if (message is null)
            {
                FinishFromTrailers();
            }
            return message;
        }
        catch (Exception exception) when (exception is not RpcException || _status is null)
        {
            throw Fail(exception);
        }
    }

    public Status GetStatus() => _status ?? throw new InvalidOperationException("The call has not finished.");

    public Metadata GetTrailers() => _trailers ?? throw new InvalidOperationException("The call has not finished.");

    public void ThrowIfFinished()
    {
        if (_status is { } status)
        {
            throw new RpcException(status.StatusCode == StatusCode.OK ? new Status(StatusCode.Internal, "The call has already finished.") : status, _trailers ?? new Metadata());
        }
    }

    public async Task<Stream> WhenStartedOrFinished(Task<Stream> bodyStream)
    {
        var first = await Task.WhenAny(bodyStream, _finished.Task).ConfigureAwait(false);
        if (first != bodyStream)
        {
            ThrowIfFinished();
        }
        return await bodyStream.ConfigureAwait(false);
    }

    public RpcException Fail(Exception exception)
    {
        var rpc = ToRpcException(exception);
        Finish(rpc.Status, rpc.Trailers);
        return new RpcException(_status!.Value, _trailers!);
    }

    /// <summary>Cancels the call if it is still running: the stream is reset (RST_STREAM CANCEL).</summary>
    public void Dispose()
    {
        if (_status is null)
        {
            Finish(new Status(StatusCode.Cancelled, "Call disposed."), new Metadata());
        }
        _cancellation.Cancel();
        _response?.Dispose();
    }

    private async Task<TResponse> RunUnaryAsync(TRequest request)
    {
        var frame = ClientFraming.Frame(request, _compressRequests, _channel.Options.MaxSendMessageSize);
        var retry = _channel.Options.RetryPolicy;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SendAsync(new FramedRequestContent(frame)).ConfigureAwait(false);
                return await ReadSingleResponseAsync().ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                var rpc = ToRpcException(exception);
                if (attempt < retry.MaxAttempts && MayRetry(rpc) && await BackOffAsync(retry.BackoffBefore(attempt + 1)).ConfigureAwait(false))
                {
                    ResetForRetry();
                    continue;
                }
                Finish(rpc.Status, rpc.Trailers);
                throw new RpcException(_status!.Value, _trailers!);
            }
        }
    }

    private async Task<TResponse> ReadSingleResponseAsync()
    {
        await (_sending ?? Task.CompletedTask).ConfigureAwait(false);
        if (_status is { } trailersOnly)
        {
            throw trailersOnly.StatusCode == StatusCode.OK
                ? new RpcException(StatusCode.Internal, "The server ended the call without a response message.")
                : new RpcException(trailersOnly, _trailers ?? new Metadata());
        }
        var message = await _reader!.ReadMessageAsync(_cancellation.Token).ConfigureAwait(false);
        if (message is not null && await _reader.ReadMessageAsync(_cancellation.Token).ConfigureAwait(false) is not null)
        {
            throw new RpcException(StatusCode.Internal, "The server sent more than one response message.");
        }
        var status = ReadTrailers();
        if (status.StatusCode != StatusCode.OK)
        {
            throw new RpcException(status, _trailers!);
        }
        if (message is null)
        {
            throw new RpcException(StatusCode.Internal, "The server ended the call without a response message.");
        }
        Finish(status, _trailers!);
        return message;
    }

    private async Task SendAsync(HttpContent content)
    {
        if (_options.Deadline is { } deadline)
        {
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
            }
            if (_deadlineTimer is null)
            {
                _deadlineTimer = new CancellationTokenSource(remaining);
                _deadlineTimer.Token.Register(() =>
                {
                    _deadlineExceeded = true;
                    _cancellation.Cancel();
                });
            }
        }
        // The request lives as long as the call: disposing it would end a streaming request body.
        var request = ClientRequests.Create(_channel, _method.FullName, content, _options, _compressRequests, _activity);
        _requestLeftClient = false;
        try
        {
            _response = await _channel.Invoker.SendAsync(request, _cancellation.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new RpcException(StatusCode.Unavailable, $"Cannot connect to {_channel.Address.Authority}.");
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            // A refused certificate or protocol is refused again on every attempt; a dropped handshake may not be.
            _handshakeRefused = exception.InnerException is AuthenticationException;
            throw new RpcException(StatusCode.Unavailable, $"TLS handshake with {_channel.Address.Authority} failed: {HandshakeFailure(exception)}");
        }
        _requestLeftClient = true;
        var headers = ClientResponses.Validate(_response);
        if (ClientResponses.TrailersOnlyStatus(_response) is { } status)
        {
            _status = status;
            _trailers = headers;
            return;
        }
        _reader = new ClientMessageReader<TResponse>(
            await _response.Content.ReadAsStreamAsync(_cancellation.Token).ConfigureAwait(false),
            _method.ResponseParser,
            ClientResponses.Encoding(_response),
            _channel.Options.MaxReceiveMessageSize ?? int.MaxValue);
        _responseHeaders.TrySetResult(headers);
    }

    private Status ReadTrailers()
    {
        var (status, trailers) = ClientResponses.ReadTrailers(_response!);
        _trailers = trailers;
        return status;
    }

    private void FinishFromTrailers()
    {
        var status = ReadTrailers();
        Finish(status, _trailers!);
        if (status.StatusCode != StatusCode.OK)
        {
            throw new RpcException(status, _trailers!);
        }
    }

    private void Finish(Status status, Metadata trailers)
    {
        lock (_finished)
        {
            if (_finished.Task.IsCompleted)
            {
                return;
            }
            _status = status;
            _trailers = trailers;
            _finished.TrySetResult();
        }
        _responseHeaders.TrySetResult(status.StatusCode == StatusCode.OK || _response is not null ? trailers : new Metadata());
        GrpcDiagnostics.StopClientCall(_activity, _method.ServiceName, _method.Name, status.StatusCode, _started);
        if (status.StatusCode != StatusCode.OK)
        {
            // Reset the stream so the server stops working for a caller that has gone.
            _cancellation.Cancel();
        }
        _deadlineTimer?.Dispose();
        _response?.Dispose();
    }

    private RpcException ToRpcException(Exception exception)
    {
        if (_status is { } settled && settled.StatusCode != StatusCode.OK)
        {
            return new RpcException(settled, _trailers ?? new Metadata());
        }
        if (_deadlineExceeded || (_options.Deadline is { } deadline && DateTime.UtcNow >= deadline))
        {
            return new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }
        return exception switch
        {
            RpcException rpc => rpc,
            OperationCanceledException => new RpcException(StatusCode.Cancelled, "Call cancelled by the client."),
            HttpRequestException or IOException => new RpcException(StatusCode.Unavailable, $"Connection to {_channel.Address.Authority} failed: {exception.Message}"),
            _ => new RpcException(StatusCode.Internal, $"Call failed: {exception.GetType().Name}."),
        };
    }

    // A request that never reached the server can always go again (unless TLS refused the server or the
    // client, which a retry cannot change); one that did, only if idempotent.
    private bool MayRetry(RpcException rpc) =>
        rpc.StatusCode == StatusCode.Unavailable
        && !_handshakeRefused
        && (_method.Idempotent || _options.Idempotent || !_requestLeftClient)
        && !_options.CancellationToken.IsCancellationRequested;

    private static string HandshakeFailure(HttpRequestException exception) =>
        exception.InnerException is { } cause ? cause.Message : exception.Message;

    private async Task<bool> BackOffAsync(TimeSpan delay)
    {
        if (_options.Deadline is { } deadline && DateTime.UtcNow + delay >= deadline)
        {
            return false;
        }
        try
        {
            await Task.Delay(delay, _cancellation.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void ResetForRetry()
    {
        _response?.Dispose();
        _response = null;
        _reader = null;
        _status = null;
        _trailers = null;
    }

    private FramedRequestContent FramedContent(TRequest request) =>
        new(ClientFraming.Frame(request, _compressRequests, _channel.Options.MaxSendMessageSize));

    // Streaming calls start in the background; a failure there settles the call instead of going unobserved.
    private Task Guard(Func<Task> start) => GuardAsync(start);

    private Task<TResponse> Guard(Func<Task<TResponse>> run) => GuardResultAsync(run);

    private async Task GuardAsync(Func<Task> start)
    {
        try
        {
            await start().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            throw Fail(exception);
        }
    }

    private async Task<TResponse> GuardResultAsync(Func<Task<TResponse>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            throw Fail(exception);
        }
    }
}
