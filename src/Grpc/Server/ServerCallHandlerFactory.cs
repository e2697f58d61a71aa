using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Telehealth.Grpc.Server;

/// <summary>Builds the request delegate of a bound method: activation, the handler, interceptors around it.</summary>
internal static class ServerCallHandlerFactory
{
    public static RequestDelegate Create(Type serviceType, BoundMethod bound, GrpcServerOptions options, IReadOnlyList<ServerInterceptor> interceptors, ILogger logger, IServiceProvider services)
    {
        var builderType = typeof(Builder<,,>).MakeGenericType(
            serviceType, bound.Descriptor.InputType.ClrType, bound.Descriptor.OutputType.ClrType);
        var builder = (IBuilder)Activator.CreateInstance(builderType, services)!;
        return builder.Build(bound, options, interceptors, logger);
    }

    private interface IBuilder
    {
        RequestDelegate Build(BoundMethod bound, GrpcServerOptions options, IReadOnlyList<ServerInterceptor> interceptors, ILogger logger);
    }

    private sealed class Builder<TService, TRequest, TResponse> : IBuilder
        where TService : class
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        private readonly ServiceActivator<TService> _activator;

        public Builder(IServiceProvider services) => _activator = new ServiceActivator<TService>(services);

        public RequestDelegate Build(BoundMethod bound, GrpcServerOptions options, IReadOnlyList<ServerInterceptor> interceptors, ILogger logger)
        {
            var invocation = MethodTypes.Of(bound.Descriptor) switch
            {
                MethodType.Unary => new ServerMethodInvocation<TRequest, TResponse> { Unary = Unary(bound, interceptors) },
                MethodType.ClientStreaming => new ServerMethodInvocation<TRequest, TResponse> { ClientStreaming = ClientStreaming(bound, interceptors) },
                MethodType.ServerStreaming => new ServerMethodInvocation<TRequest, TResponse> { ServerStreaming = ServerStreaming(bound, interceptors) },
                _ => new ServerMethodInvocation<TRequest, TResponse> { DuplexStreaming = DuplexStreaming(bound, interceptors) },
            };
            var handler = new ServerCallHandler<TRequest, TResponse>(bound.Descriptor, invocation, options, logger);
            return handler.HandleCallAsync;
        }

        private UnaryServerMethod<TRequest, TResponse> Unary(BoundMethod bound, IReadOnlyList<ServerInterceptor> interceptors)
        {
            var call = bound.Implementation.CreateDelegate<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>();
            var activator = _activator;
            UnaryServerMethod<TRequest, TResponse> method = activator.ReleasesInstances
                ? (request, context) => activator.RunAsync(context.HttpContext, service => call(service, request, context))
                : (request, context) => call(activator.Create(context.HttpContext), request, context);
            for (var i = interceptors.Count - 1; i >= 0; i--)
            {
                var (interceptor, next) = (interceptors[i], method);
                method = (request, context) => interceptor.UnaryServerHandler(request, context, next);
            }
            return method;
        }

        private ClientStreamingServerMethod<TRequest, TResponse> ClientStreaming(BoundMethod bound, IReadOnlyList<ServerInterceptor> interceptors)
        {
            var call = bound.Implementation.CreateDelegate<Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>>>();
            ClientStreamingServerMethod<TRequest, TResponse> method = (requests, context) =>
                _activator.RunAsync(context.HttpContext, service => call(service, requests, context));
            for (var i = interceptors.Count - 1; i >= 0; i--)
            {
                var (interceptor, next) = (interceptors[i], method);
                method = (requests, context) => interceptor.ClientStreamingServerHandler(requests, context, next);
            }
            return method;
        }

        private ServerStreamingServerMethod<TRequest, TResponse> ServerStreaming(BoundMethod bound, IReadOnlyList<ServerInterceptor> interceptors)
        {
            var call = bound.Implementation.CreateDelegate<Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();
            ServerStreamingServerMethod<TRequest, TResponse> method = (request, responses, context) =>
                _activator.RunAsync(context.HttpContext, service => call(service, request, responses, context));
            for (var i = interceptors.Count - 1; i >= 0; i--)
            {
                var (interceptor, next) = (interceptors[i], method);
                method = (request, responses, context) => interceptor.ServerStreamingServerHandler(request, responses, context, next);
            }
            return method;
        }

        private DuplexStreamingServerMethod<TRequest, TResponse> DuplexStreaming(BoundMethod bound, IReadOnlyList<ServerInterceptor> interceptors)
        {
            var call = bound.Implementation.CreateDelegate<Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();
            DuplexStreamingServerMethod<TRequest, TResponse> method = (requests, responses, context) =>
                _activator.RunAsync(context.HttpContext, service => call(service, requests, responses, context));
            for (var i = interceptors.Count - 1; i >= 0; i--)
            {
                var (interceptor, next) = (interceptors[i], method);
                method = (requests, responses, context) => interceptor.DuplexStreamingServerHandler(requests, responses, context, next);
            }
            return method;
        }
    }
}
