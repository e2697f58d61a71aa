using Microsoft.AspNetCore.Authorization;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>The probe marked as the telehealth APIs are, so it needs a caller the services know.</summary>
[Authorize(Policy = CallerPolicies.Caller)]
internal sealed class GuardedProbeApi : ProbeApi;
