using Google.Protobuf;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>Typed calls that wait out the caller's rate limit instead of failing on it.</summary>
internal static class PoliteCalls
{
    public static Task<TResponse> CallPolitelyAsync<TRequest, TResponse>(this ServiceClient client, string method, TRequest request, TestCaller caller)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        RateLimitRetry.CallAsync(() => client.CallAsync<TRequest, TResponse>(method, request, caller));
}
