using Telehealth.Grpc.Server;
using Telehealth.Grpc.Tests.Probe;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Behaviour;

public sealed class InterceptorTests
{
    [Fact]
    public async Task Interceptors_run_outermost_first_and_can_refuse_a_call()
    {
        await using var probe = await ProbeServer.StartAsync(options =>
        {
            options.AddInterceptor<RecordingInterceptor>();
            options.AddInterceptor<RequireCallerInterceptor>();
        });

        await InteropClient.ExpectStatus(StatusCode.Unauthenticated,
            () => probe.Channel.UnaryCall(ProbeMethods.Info, new Nothing()).ResponseAsync);

        using var call = probe.Channel.UnaryCall(ProbeMethods.Info, new Nothing(), new() { Headers = new Metadata().Add("x-caller", "tester") });
        await call;
        Assert.Equal("tester", call.GetTrailers().GetValue("x-seen-caller"));
        Assert.Equal(["recording:/probe.v1.ProbeService/Info", "require-caller", "recording:/probe.v1.ProbeService/Info", "require-caller"], probe.State.Log);
    }

    [Fact]
    public async Task An_admission_interceptor_is_asked_before_the_handler_and_its_refusal_is_the_answer()
    {
        await using var probe = await ProbeServer.StartAsync(options => options.AddInterceptor<CallerAdmission>());

        await InteropClient.ExpectStatus(StatusCode.PermissionDenied,
            () => probe.Channel.UnaryCall(ProbeMethods.Info, new Nothing()).ResponseAsync);
        await probe.Channel.UnaryCall(ProbeMethods.Info, new Nothing(), new() { Headers = new Metadata().Add("x-caller", "tester") });

        Assert.Equal(["admission:/probe.v1.ProbeService/Info", "admission:/probe.v1.ProbeService/Info"], probe.State.Log);
    }

    private sealed class CallerAdmission(ProbeState state) : AdmissionInterceptor
    {
        protected override void Admit(ServerCallContext context)
        {
            state.Log.Enqueue("admission:" + context.Method);
            _ = context.RequestHeaders.GetValue("x-caller") ?? throw new RpcException(StatusCode.PermissionDenied, "x-caller is required.");
        }
    }

    private sealed class RecordingInterceptor(ProbeState state) : ServerInterceptor
    {
        public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            state.Log.Enqueue("recording:" + context.Method);
            return continuation(request, context);
        }
    }

    private sealed class RequireCallerInterceptor(ProbeState state) : ServerInterceptor
    {
        public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            state.Log.Enqueue("require-caller");
            var caller = context.RequestHeaders.GetValue("x-caller") ?? throw new RpcException(StatusCode.Unauthenticated, "x-caller is required.");
            context.ResponseTrailers.Add("x-seen-caller", caller);
            return continuation(request, context);
        }
    }
}
