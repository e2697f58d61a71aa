using Grpc.Core;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>How a call ended: its status code, and the server's message for the report.</summary>
public sealed record CallOutcome(StatusCode Code, string Detail)
{
    public static readonly CallOutcome Ok = new(StatusCode.OK, "");

    public bool IsDenial => Code is StatusCode.PermissionDenied or StatusCode.NotFound;

    public override string ToString() => Detail.Length == 0 ? Code.ToString() : $"{Code} ({Detail})";
}
