using Telehealth.Grpc.Client;
using Telehealth.Grpc.Tests.Probe;

namespace Telehealth.Grpc.Tests.Behaviour;

internal static class ProbeMethods
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = ProbeReflection.Descriptor.Services[0];

    public static Google.Protobuf.Reflection.ServiceDescriptor Descriptor => Service;

    public static readonly Method<WaitRequest, WaitReply> Wait = Method<WaitRequest, WaitReply>.From(Service.FindMethodByName("Wait"));
    public static readonly Method<FailRequest, Nothing> Fail = Method<FailRequest, Nothing>.From(Service.FindMethodByName("Fail"));
    public static readonly Method<Nothing, InfoReply> Info = Method<Nothing, InfoReply>.From(Service.FindMethodByName("Info"));
    public static readonly Method<Nothing, Nothing> Flaky = Method<Nothing, Nothing>.From(Service.FindMethodByName("Flaky"));
}
