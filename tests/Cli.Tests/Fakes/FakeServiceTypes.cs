using System.Reflection;
using System.Reflection.Emit;
using Google.Protobuf.Reflection;
using Telehealth.Grpc.Server;

namespace Telehealth.Cli.Tests.Fakes;

/// <summary>
/// Makes, for a service descriptor, a class with one method per RPC in the shape the gRPC server binds,
/// each forwarding to <see cref="FakeService"/>. Generated rather than written so that an RPC added to
/// a .proto needs no change here: it simply answers UNIMPLEMENTED until a test gives it an answer.
/// </summary>
internal static class FakeServiceTypes
{
    private static readonly ModuleBuilder Module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("Telehealth.Cli.Tests.GeneratedFakes"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("GeneratedFakes");

    private static readonly MethodInfo UnaryForward = typeof(FakeService).GetMethod("Unary", BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly MethodInfo StreamForward = typeof(FakeService).GetMethod("Stream", BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly Dictionary<string, Type> Made = [];
    private static readonly Lock MakeLock = new();

    public static Type For(ServiceDescriptor service)
    {
        lock (MakeLock)
        {
            if (!Made.TryGetValue(service.FullName, out var type))
            {
                Made[service.FullName] = type = Make(service);
            }
            return type;
        }
    }

    private static Type Make(ServiceDescriptor service)
    {
        var type = Module.DefineType($"Fake{service.FullName.Replace('.', '_')}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(FakeService));
        DefineConstructor(type);
        foreach (var method in service.Methods)
        {
            if (method.IsClientStreaming)
            {
                throw new NotSupportedException($"{method.FullName}: client streaming is not faked.");
            }
            DefineForward(type, $"{service.Name}/{method.Name}", method);
        }
        return type.CreateType();
    }

    private static void DefineConstructor(TypeBuilder type)
    {
        var baseConstructor = typeof(FakeService).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Single();
        var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(FakeBackend)]);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Call, baseConstructor);
        il.Emit(OpCodes.Ret);
    }

    private static void DefineForward(TypeBuilder type, string key, MethodDescriptor method)
    {
        var request = method.InputType.ClrType;
        var response = method.OutputType.ClrType;
        var (returns, parameters, forward) = method.IsServerStreaming
            ? (typeof(Task), new[] { request, typeof(IServerStreamWriter<>).MakeGenericType(response), typeof(ServerCallContext) }, StreamForward.MakeGenericMethod(response))
            : (typeof(Task<>).MakeGenericType(response), new[] { request, typeof(ServerCallContext) }, UnaryForward.MakeGenericMethod(response));
        var il = type.DefineMethod(method.Name, MethodAttributes.Public, returns, parameters).GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldstr, key);
        for (short argument = 1; argument <= parameters.Length; argument++)
        {
            il.Emit(OpCodes.Ldarg, argument);
        }
        il.Emit(OpCodes.Call, forward);
        il.Emit(OpCodes.Ret);
    }
}
