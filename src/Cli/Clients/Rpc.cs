using Google.Protobuf;
using Google.Protobuf.Reflection;
using Telehealth.Grpc.Client;

namespace Telehealth.Cli.Clients;

internal static class Rpc
{
    /// <summary>The callable method named <paramref name="name"/> of <paramref name="service"/>, checked against its message types.</summary>
    public static Method<TRequest, TResponse> Of<TRequest, TResponse>(ServiceDescriptor service, string name)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        Method<TRequest, TResponse>.From(service.FindMethodByName(name)
            ?? throw new InvalidOperationException($"{service.FullName} has no method {name}."));
}
