using Google.Protobuf;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// Who may call one RPC (its full name, "package.Service/Method"), and how to build a valid request
/// about the target patient's records, so that a refusal is about the caller and nothing else.
/// </summary>
public sealed record AccessRule(string Method, AccessCell Allowed, Func<RequestContext, Task<IMessage>> Request, WriteOrder Order = WriteOrder.Anytime)
{
    public bool Allows(AccessCell cell) => (Allowed & cell) == cell;
}
