using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Telehealth.Testing;

/// <summary>
/// gRPC methods built from protobuf descriptors, for tests that call RPCs by name (every RPC of a
/// service, found by reflection) rather than through a generated client.
/// </summary>
public static class DescriptorMethods
{
    public static Method<TRequest, TResponse> Of<TRequest, TResponse>(ServiceDescriptor service, string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var method = service.FindMethodByName(name) ?? throw new ArgumentException($"{service.FullName} has no method {name}.", nameof(name));
        return new Method<TRequest, TResponse>(TypeOf(method), service.FullName, method.Name, MarshallerOf<TRequest>(), MarshallerOf<TResponse>());
    }

    /// <summary>The method <paramref name="method"/> describes, typed by its messages.</summary>
    public static Method<TRequest, TResponse> For<TRequest, TResponse>(MethodDescriptor method)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new(TypeOf(method), method.Service.FullName, method.Name, TypedMarshaller<TRequest>(method.InputType.Parser), TypedMarshaller<TResponse>(method.OutputType.Parser));

    /// <summary>A method whose message types are known only from its descriptor.</summary>
    public static Method<IMessage, IMessage> Of(MethodDescriptor method) =>
        new(TypeOf(method), method.Service.FullName, method.Name, MarshallerOf(method.InputType.Parser), MarshallerOf(method.OutputType.Parser));

    /// <summary>The method with its messages as raw bytes, sent as given: for requests the typed serializer would never write.</summary>
    public static Method<byte[], byte[]> Raw(MethodDescriptor method)
    {
        var identity = Marshallers.Create(static (byte[] bytes) => bytes, static bytes => bytes);
        return new(TypeOf(method), method.Service.FullName, method.Name, identity, identity);
    }

    private static MethodType TypeOf(MethodDescriptor method) => (method.IsClientStreaming, method.IsServerStreaming) switch
    {
        (false, false) => MethodType.Unary,
        (false, true) => MethodType.ServerStreaming,
        (true, false) => MethodType.ClientStreaming,
        (true, true) => MethodType.DuplexStreaming,
    };

    private static Marshaller<T> MarshallerOf<T>()
        where T : class, IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create(message => message.ToByteArray(), parser.ParseFrom);
    }

    private static Marshaller<T> TypedMarshaller<T>(MessageParser parser)
        where T : class, IMessage<T> =>
        Marshallers.Create(message => message.ToByteArray(), bytes => (T)parser.ParseFrom(bytes));

    private static Marshaller<IMessage> MarshallerOf(MessageParser parser) =>
        Marshallers.Create(message => message.ToByteArray(), parser.ParseFrom);
}
