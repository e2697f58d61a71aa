using Grpc.Core;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Integration.Tests.Support;

/// <summary>Someone calling the services: the bearer token every call carries.</summary>
public sealed record TestCaller(Guid Id, string Role)
{
    public static TestCaller NewPatient() => new(Guid.NewGuid(), "patient");

    public static TestCaller NewTherapist() => new(Guid.NewGuid(), "therapist");

    public static TestCaller NewOperator() => new(Guid.NewGuid(), "operator");

    /// <summary>A machine identity, as one service would carry calling another.</summary>
    public static TestCaller NewService() => new(Guid.NewGuid(), "service");

    /// <summary>Someone who sends no token at all.</summary>
    public static TestCaller Anonymous { get; } = new(Guid.Empty, "anonymous");

    public string Token => TestIdentity.Current.Issue(Enum.Parse<CallerRole>(Role, ignoreCase: true), Id);

    public Metadata Headers => this == Anonymous ? new Metadata() : new Metadata { { "authorization", "Bearer " + Token } };
}
