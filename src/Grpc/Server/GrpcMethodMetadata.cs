using Google.Protobuf.Reflection;

namespace Telehealth.Grpc.Server;

/// <summary>Endpoint metadata naming the RPC an endpoint serves (for authorization and logging).</summary>
public sealed record GrpcMethodMetadata(MethodDescriptor Method);
