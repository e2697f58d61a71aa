using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// A request body that is not a valid message of the method's request type (cut short, a string
/// that is not UTF-8, a varint or a length past the end, groups nested past the parser's limit)
/// answers INVALID_ARGUMENT. grpc-dotnet reads the request before any interceptor runs and
/// answers a parse failure as an unhandled exception, UNKNOWN, which tells a client the server
/// failed rather than its request; the proto parser's exception names no content, but the answer
/// says only that the message could not be read.
/// </summary>
public static class UnreadableRequests
{
    public const string Detail = "The request is not a valid message of its type.";

    /// <summary>
    /// Binds every gRPC service through <see cref="ReadableRequestMethodProvider{TService}"/>, whose
    /// request marshallers refuse an unreadable body, in place of grpc-dotnet's own binder: both
    /// would map the same routes. Call after AddGrpc.
    /// </summary>
    public static IServiceCollection AddUnreadableRequestRefusal(this IServiceCollection services)
    {
        var generatedBinding = services.Where(service =>
                service.ServiceType == typeof(IServiceMethodProvider<>)
                && service.ImplementationType is { IsGenericTypeDefinition: true, Name: "BinderServiceMethodProvider`1" })
            .ToList();
        if (generatedBinding.Count != 1)
        {
            throw new InvalidOperationException("grpc-dotnet's service binder was not found: call AddUnreadableRequestRefusal after AddGrpc.");
        }
        services.Remove(generatedBinding[0]);
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(ReadableRequestMethodProvider<>));
        return services;
    }

    /// <summary>The marshaller, with a deserializer that turns a parse failure into INVALID_ARGUMENT.</summary>
    public static Marshaller<T> Refusing<T>(Marshaller<T> marshaller) =>
        Marshallers.Create(marshaller.ContextualSerializer, context =>
        {
            try
            {
                return marshaller.ContextualDeserializer(context);
            }
            catch (InvalidProtocolBufferException)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, Detail));
            }
        });
}
