using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>A way of calling without a valid token, named for the report.</summary>
public sealed record BadToken(string Name, Func<TestCaller, Metadata> Headers)
{
    public override string ToString() => Name;
}
