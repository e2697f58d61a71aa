namespace Telehealth.Grpc.Interop.Tests.Peers;

/// <summary>The cases both peers implement, in the order a run takes them: health first, since every other case needs a ready service.</summary>
public static class InteropCases
{
    public static IReadOnlyList<string> All { get; } =
    [
        "health_serving",
        "unary_with_token",
        "unauthenticated_without_valid_token",
        "invalid_argument_details",
        "gzip_request",
        "subscribe_receives_notification",
        "cancel_subscription",
        "deadline_exceeded",
        "reflection_v1",
        "reflection_v1alpha",
        "call_from_reflection",
    ];
}
