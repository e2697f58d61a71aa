using System.Reflection;
using Google.Protobuf.Reflection;

namespace Telehealth.Grpc.Server;

/// <summary>
/// Matches each RPC of a protobuf service to a public method of the implementation, by name and
/// shape (the same signatures grpc-dotnet's generated bases declare). Binding fails, naming every
/// problem at once, if an RPC has no method or a method has the wrong shape.
/// </summary>
internal static class ServiceBinder
{
    public static IReadOnlyList<BoundMethod> Bind(Type serviceType, ServiceDescriptor service)
    {
        var bound = new List<BoundMethod>();
        var problems = new List<string>();
        foreach (var method in service.Methods)
        {
            var candidates = serviceType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.Name == method.Name)
                .ToList();
            if (candidates.Count == 0)
            {
                problems.Add($"{method.Name}: no public method {Expected(method)}");
                continue;
            }
            var match = candidates.FirstOrDefault(m => HasShape(m, method));
            if (match is null)
            {
                problems.Add($"{method.Name}: wrong shape, expected {Expected(method)}");
                continue;
            }
            bound.Add(new BoundMethod(method, match));
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{serviceType.Name} does not implement {service.FullName}: {string.Join("; ", problems)}.");
        }
        return bound;
    }

    private static bool HasShape(MethodInfo candidate, MethodDescriptor method)
    {
        var request = method.InputType.ClrType;
        var response = method.OutputType.ClrType;
        var parameters = candidate.GetParameters().Select(p => p.ParameterType).ToArray();
        var returns = candidate.ReturnType;
        Type[] expected = MethodTypes.Of(method) switch
        {
            MethodType.Unary => [request, typeof(ServerCallContext)],
            MethodType.ClientStreaming => [typeof(IAsyncStreamReader<>).MakeGenericType(request), typeof(ServerCallContext)],
            MethodType.ServerStreaming => [request, typeof(IServerStreamWriter<>).MakeGenericType(response), typeof(ServerCallContext)],
            _ => [typeof(IAsyncStreamReader<>).MakeGenericType(request), typeof(IServerStreamWriter<>).MakeGenericType(response), typeof(ServerCallContext)],
        };
        var expectedReturn = method.IsServerStreaming ? typeof(Task) : typeof(Task<>).MakeGenericType(response);
        return parameters.SequenceEqual(expected) && returns == expectedReturn;
    }

    private static string Expected(MethodDescriptor method)
    {
        var request = method.InputType.ClrType.Name;
        var response = method.OutputType.ClrType.Name;
        return MethodTypes.Of(method) switch
        {
            MethodType.Unary => $"Task<{response}> {method.Name}({request}, ServerCallContext)",
            MethodType.ClientStreaming => $"Task<{response}> {method.Name}(IAsyncStreamReader<{request}>, ServerCallContext)",
            MethodType.ServerStreaming => $"Task {method.Name}({request}, IServerStreamWriter<{response}>, ServerCallContext)",
            _ => $"Task {method.Name}(IAsyncStreamReader<{request}>, IServerStreamWriter<{response}>, ServerCallContext)",
        };
    }
}
