using Microsoft.AspNetCore.Authorization;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>The held probe behind the services' caller policy, as a telehealth service is.</summary>
[Authorize(Policy = CallerPolicies.Caller)]
internal sealed class GuardedHeldProbeApi(EchoGate gate) : HeldProbeApi(gate);
