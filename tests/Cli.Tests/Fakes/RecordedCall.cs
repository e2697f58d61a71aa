using Google.Protobuf;

namespace Telehealth.Cli.Tests.Fakes;

/// <summary>One call a fake service received: which, with what, and the authorization metadata it carried.</summary>
internal sealed record RecordedCall(string Method, IMessage Request, string? Authorization);
