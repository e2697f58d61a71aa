using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Telehealth.TherapistConsole.Services;

/// <summary>
/// Every single-answer call gets a deadline, so a page waits seconds, not forever, for a service
/// that hangs. Streams (the notification feed) last until the circuit ends.
/// </summary>
public sealed class UnaryDeadlineInterceptor : Interceptor
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        if (context.Options.Deadline is null)
        {
            context = new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithDeadline(DateTime.UtcNow + Timeout));
        }
        return continuation(request, context);
    }
}
