using Google.Protobuf;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>For request factories that need nothing read first.</summary>
internal static class Requests
{
    public static Task<IMessage> Ready(IMessage request) => Task.FromResult(request);
}
