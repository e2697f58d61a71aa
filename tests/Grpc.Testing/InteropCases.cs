namespace Telehealth.Grpc.Testing;

/// <summary>The interop cases every peer runs, by the names gRPC's interop suite gives them.</summary>
public static class InteropCases
{
    /// <summary>Cases any conforming TestService server passes.</summary>
    public static readonly string[] Core =
    [
        "empty_unary", "large_unary", "client_compressed_unary", "server_compressed_unary",
        "client_streaming", "client_compressed_streaming", "server_streaming", "server_compressed_streaming",
        "ping_pong", "empty_stream", "timeout_on_sleeping_server", "cancel_after_begin",
        "cancel_after_first_response", "status_code_and_message", "special_status_message",
        "custom_metadata", "unimplemented_method", "unimplemented_service",
    ];

    /// <summary>Cases that need the receive limit, health Watch and reflection of this library's server.</summary>
    public static readonly string[] ServerFeatures =
    [
        "oversized_request", "health_check", "health_watch", "reflection_v1", "reflection_v1alpha",
    ];

    public static IEnumerable<string> All => Core.Concat(ServerFeatures);

    public const string SpecialStatusMessage = "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n";
}
