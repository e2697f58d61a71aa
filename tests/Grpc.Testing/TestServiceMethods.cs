using Telehealth.Grpc.Client;
using Telehealth.Grpc.Interop;

namespace Telehealth.Grpc.Testing;

/// <summary>The TestService methods as the client calls them, and two paths no server binds.</summary>
public static class TestServiceMethods
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = TestReflection.Descriptor.Services[0];

    public static readonly Method<Empty, Empty> EmptyCall = Method<Empty, Empty>.From(Service.FindMethodByName("EmptyCall"));
    public static readonly Method<SimpleRequest, SimpleResponse> UnaryCall = Method<SimpleRequest, SimpleResponse>.From(Service.FindMethodByName("UnaryCall"));
    public static readonly Method<StreamingOutputCallRequest, StreamingOutputCallResponse> StreamingOutputCall = Method<StreamingOutputCallRequest, StreamingOutputCallResponse>.From(Service.FindMethodByName("StreamingOutputCall"));
    public static readonly Method<StreamingInputCallRequest, StreamingInputCallResponse> StreamingInputCall = Method<StreamingInputCallRequest, StreamingInputCallResponse>.From(Service.FindMethodByName("StreamingInputCall"));
    public static readonly Method<StreamingOutputCallRequest, StreamingOutputCallResponse> FullDuplexCall = Method<StreamingOutputCallRequest, StreamingOutputCallResponse>.From(Service.FindMethodByName("FullDuplexCall"));
    public static readonly Method<StreamingOutputCallRequest, StreamingOutputCallResponse> HalfDuplexCall = Method<StreamingOutputCallRequest, StreamingOutputCallResponse>.From(Service.FindMethodByName("HalfDuplexCall"));

    public static readonly Method<Empty, Empty> UnimplementedMethod = new(MethodType.Unary, "grpc.testing.TestService", "UnimplementedCall", Empty.Parser);
    public static readonly Method<Empty, Empty> UnimplementedService = new(MethodType.Unary, "grpc.testing.UnimplementedService", "UnimplementedCall", Empty.Parser);
}
