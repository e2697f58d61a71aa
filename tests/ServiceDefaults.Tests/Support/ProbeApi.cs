using System.Security.Claims;
using Grpc.Core;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Tests.Probe.V1;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>The probe without authorization: for what does not depend on a caller (size limits).</summary>
internal class ProbeApi : ProbeService.ProbeServiceBase
{
    public override Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        var caller = user.Identity?.IsAuthenticated == true ? $"{user.FindFirstValue(TokenClaims.Subject)} {user.FindFirstValue(TokenClaims.Role)}" : "";
        return Task.FromResult(new EchoReply { Length = request.Payload.Length, Caller = caller });
    }

    public override async Task Count(CountRequest request, IServerStreamWriter<CountReply> responseStream, ServerCallContext context)
    {
        for (var value = 1; value <= request.UpTo; value++)
        {
            await responseStream.WriteAsync(new CountReply { Value = value }, context.CancellationToken);
        }
    }
}
