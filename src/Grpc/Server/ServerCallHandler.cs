using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Logging;
using Telehealth.Grpc.Diagnostics;

namespace Telehealth.Grpc.Server;

/// <summary>
/// Serves one bound method: checks the request, reads messages, runs interceptors and the
/// handler, writes messages, and always ends with a status (in trailers, or Trailers-Only).
/// </summary>
internal sealed class ServerCallHandler<TRequest, TResponse>
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly MethodDescriptor _method;
    private readonly MethodType _type;
    private readonly string _path;
    private readonly MessageParser<TRequest> _parser;
    private readonly GrpcServerOptions _options;
    private readonly int _maxReceiveMessageSize;
    private readonly ILogger _logger;
    private readonly ServerMethodInvocation<TRequest, TResponse> _invocation;

    public ServerCallHandler(MethodDescriptor method, ServerMethodInvocation<TRequest, TResponse> invocation, GrpcServerOptions options, ILogger logger)
    {
        _method = method;
        _type = MethodTypes.Of(method);
        _path = MethodTypes.PathOf(method);
        _parser = (MessageParser<TRequest>)method.InputType.Parser;
        _invocation = invocation;
        _options = options;
        _maxReceiveMessageSize = options.MaxReceiveMessageSize ?? int.MaxValue;
        _logger = logger;
    }

    public async Task HandleCallAsync(HttpContext httpContext)
    {
        if (!GrpcRequestChecks.Accept(httpContext))
        {
            return;
        }
        GrpcResponse.PrepareHeaders(httpContext.Response);
        var started = Stopwatch.GetTimestamp();
        using var activity = GrpcDiagnostics.StartServerActivity(httpContext, _method);
        using var deadline = CallDeadline.Start(httpContext);
        var context = new ServerCallContext(httpContext, _path, deadline.Deadline, deadline.Token, _options.ResponseCompression);
        var writer = new HttpResponseMessageWriter<TResponse>(httpContext, context, _options.MaxSendMessageSize);
        var reader = new HttpRequestMessageReader<TRequest>(httpContext.Request.BodyReader, _parser, _maxReceiveMessageSize, context.RequestEncoding, deadline.Token);
        if (_type is MethodType.ClientStreaming or MethodType.DuplexStreaming)
        {
            AllowLongRequestBodies(httpContext);
        }

        Status status;
        Metadata? trailers = null;
        try
        {
            await InvokeAsync(httpContext, context, reader, writer).ConfigureAwait(false);
            status = deadline.Exceeded ? new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded") : context.Status;
        }
        catch (Exception exception)
        {
            (status, trailers) = ToStatus(exception, httpContext, deadline);
        }
        finally
        {
            writer.Completed = true;
        }

        if (context.HasResponseTrailers)
        {
            trailers = MergeTrailers(context.ResponseTrailers, trailers);
        }
        GrpcResponse.WriteStatus(httpContext, status, trailers, context.ResponseHeadersSent);
        GrpcDiagnostics.StopServerCall(activity, _method, status.StatusCode, started);
    }

    private async Task InvokeAsync(HttpContext httpContext, ServerCallContext context, HttpRequestMessageReader<TRequest> reader, HttpResponseMessageWriter<TResponse> writer)
    {
        switch (_type)
        {
            case MethodType.Unary:
            {
                var request = await reader.ReadSingleMessageAsync(context.CancellationToken).ConfigureAwait(false);
                var response = await _invocation.Unary!(request, context).ConfigureAwait(false)
                    ?? throw new RpcException(StatusCode.Internal, "The handler returned no response.");
                writer.Write(response);
                break;
            }
            case MethodType.ServerStreaming:
            {
                var request = await reader.ReadSingleMessageAsync(context.CancellationToken).ConfigureAwait(false);
                await _invocation.ServerStreaming!(request, writer, context).ConfigureAwait(false);
                break;
            }
            case MethodType.ClientStreaming:
            {
                var response = await _invocation.ClientStreaming!(reader, context).ConfigureAwait(false)
                    ?? throw new RpcException(StatusCode.Internal, "The handler returned no response.");
                writer.Write(response);
                break;
            }
            case MethodType.DuplexStreaming:
                await _invocation.DuplexStreaming!(reader, writer, context).ConfigureAwait(false);
                break;
        }
    }

    private (Status, Metadata?) ToStatus(Exception exception, HttpContext httpContext, CallDeadline deadline)
    {
        if (deadline.Exceeded)
        {
            return (new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"), null);
        }
        switch (exception)
        {
            case RpcException rpc:
                return (rpc.Status, rpc.Trailers);
            case OperationCanceledException or IOException when httpContext.RequestAborted.IsCancellationRequested:
                return (new Status(StatusCode.Cancelled, "Call cancelled by the client."), null);
            default:
                // Log the type and method only: exception messages can carry request content.
                _logger.LogError("Handler for {Method} threw {ExceptionType} at {StackTrace}", _path, exception.GetType().FullName, exception.StackTrace);
                var detail = _options.EnableDetailedErrors
                    ? $"Exception was thrown by handler. {exception.GetType().Name}: {exception.Message}"
                    : "Exception was thrown by handler.";
                return (new Status(StatusCode.Unknown, detail), null);
        }
    }

    private static Metadata MergeTrailers(Metadata fromContext, Metadata? fromException)
    {
        if (fromException is null)
        {
            return fromContext;
        }
        foreach (var entry in fromException)
        {
            fromContext.Add(entry);
        }
        return fromContext;
    }

    // Streams may legitimately run long and idle: Kestrel's body size and rate limits are for uploads.
    private static void AllowLongRequestBodies(HttpContext httpContext)
    {
        if (httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }
        if (httpContext.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = null;
        }
    }
}
