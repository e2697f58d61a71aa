using Grpc.Core;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>Someone calling the service: the bearer token every call carries.</summary>
public sealed record TestCaller(Guid Id, string Role)
{
    public static TestCaller NewPatient() => new(Guid.NewGuid(), "patient");

    public static TestCaller NewTherapist() => new(Guid.NewGuid(), "therapist");

    public static TestCaller NewOperator() => new(Guid.NewGuid(), "operator");

    public string Token => TestIdentity.Current.Issue(Enum.Parse<CallerRole>(Role, ignoreCase: true), Id);

    public Metadata Headers => new Metadata { { "authorization", "Bearer " + Token } };
}
