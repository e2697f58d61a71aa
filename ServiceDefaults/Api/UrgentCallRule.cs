using System.Buffers;
using Google.Protobuf;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>Which calls of one unary method are urgent, judged from the request message itself.</summary>
public sealed class UrgentCallRule
{
    private readonly Func<ReadOnlySequence<byte>, bool> _isUrgent;

    private UrgentCallRule(string method, Func<ReadOnlySequence<byte>, bool> isUrgent)
    {
        Method = method;
        _isUrgent = isUrgent;
    }

    /// <summary>The method's gRPC path, "/package.Service/Method".</summary>
    public string Method { get; }

    public static UrgentCallRule For<TRequest>(string method, Func<TRequest, bool> isUrgent)
        where TRequest : IMessage<TRequest>, new()
    {
        var parser = new MessageParser<TRequest>(() => new TRequest());
        return new UrgentCallRule(method, message => isUrgent(parser.ParseFrom(message)));
    }

    /// <summary>Whether the serialized request is urgent; a message that does not parse is not (gRPC refuses it later).</summary>
    public bool IsUrgent(ReadOnlySequence<byte> message)
    {
        try
        {
            return _isUrgent(message);
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }
    }
}
