using System.Reflection;
using Google.Protobuf.Reflection;

namespace Telehealth.Grpc.Server;

/// <summary>An RPC and the implementation method that serves it.</summary>
internal sealed record BoundMethod(MethodDescriptor Descriptor, MethodInfo Implementation);
