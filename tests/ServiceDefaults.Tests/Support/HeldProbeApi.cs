using Grpc.Core;
using Telehealth.ServiceDefaults.Tests.Probe.V1;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>The probe whose echoes wait at an <see cref="EchoGate"/>: calls that stay in flight as long as a test needs.</summary>
internal class HeldProbeApi(EchoGate gate) : ProbeApi
{
    public override async Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        await gate.PassAsync(context.CancellationToken);
        return await base.Echo(request, context);
    }
}
