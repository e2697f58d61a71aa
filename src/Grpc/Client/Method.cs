using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Telehealth.Grpc.Client;

/// <summary>A callable RPC: its path, kind and the parser of its responses, taken from the protobuf descriptor.</summary>
public sealed class Method<TRequest, TResponse>
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    public Method(MethodType type, string serviceName, string name, MessageParser<TResponse> responseParser, bool idempotent = false)
    {
        Type = type;
        ServiceName = serviceName;
        Name = name;
        FullName = $"/{serviceName}/{name}";
        ResponseParser = responseParser;
        Idempotent = idempotent;
    }

    public MethodType Type { get; }

    public string ServiceName { get; }

    public string Name { get; }

    /// <summary>The HTTP/2 path, /package.Service/Method.</summary>
    public string FullName { get; }

    public MessageParser<TResponse> ResponseParser { get; }

    /// <summary>Safe to send again: calls are retried on UNAVAILABLE.</summary>
    public bool Idempotent { get; }

    /// <summary>The method described by <paramref name="descriptor"/>; throws if the message types do not match it.</summary>
    public static Method<TRequest, TResponse> From(MethodDescriptor descriptor, bool idempotent = false)
    {
        if (descriptor.InputType.ClrType != typeof(TRequest) || descriptor.OutputType.ClrType != typeof(TResponse))
        {
            throw new ArgumentException(
                $"{descriptor.FullName} takes {descriptor.InputType.ClrType.Name} and returns {descriptor.OutputType.ClrType.Name}, not {typeof(TRequest).Name} and {typeof(TResponse).Name}.",
                nameof(descriptor));
        }
        return new Method<TRequest, TResponse>(
            MethodTypes.Of(descriptor), descriptor.Service.FullName, descriptor.Name,
            (MessageParser<TResponse>)descriptor.OutputType.Parser, idempotent);
    }

    /// <summary>The same method with idempotency set, so the client may retry it.</summary>
    public Method<TRequest, TResponse> AsIdempotent() => new(Type, ServiceName, Name, ResponseParser, idempotent: true);
}
