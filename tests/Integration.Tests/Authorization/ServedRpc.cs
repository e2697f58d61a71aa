using Google.Protobuf.Reflection;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>One RPC as one service process serves it.</summary>
public sealed record ServedRpc(ServiceHost Host, MethodDescriptor Method)
{
    /// <summary>"package.Service/Method", as the rules name it.</summary>
    public string FullName => NameOf(Method);

    public static string NameOf(MethodDescriptor method) => $"{method.Service.FullName}/{method.Name}";

    public override string ToString() => $"{FullName} on {Host.ToString().ToLowerInvariant()}";
}
