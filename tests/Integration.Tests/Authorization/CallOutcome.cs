using Google.Protobuf;
using Grpc.Core;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>How a call ended: its status code, the server's message for the report, and what it answered.</summary>
public sealed record CallOutcome(StatusCode Code, string Detail)
{
    /// <summary>The answer of a unary call, or the first message of a stream; null when there was none.</summary>
    public IMessage? Response { get; init; }

    public static CallOutcome Answered(IMessage? response) => new(StatusCode.OK, "") { Response = response };

    public bool IsDenial => Code is StatusCode.PermissionDenied or StatusCode.NotFound;

    public override string ToString() => Detail.Length == 0 ? Code.ToString() : $"{Code} ({Detail})";
}
