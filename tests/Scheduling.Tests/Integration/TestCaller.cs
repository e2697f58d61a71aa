using Telehealth.Grpc;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>Someone calling the service: the identity metadata every call carries.</summary>
public sealed record TestCaller(Guid Id, string Role)
{
    public static TestCaller NewPatient() => new(Guid.NewGuid(), "patient");

    public static TestCaller NewTherapist() => new(Guid.NewGuid(), "therapist");

    public Metadata Headers => new Metadata().Add("x-caller-id", Id.ToString()).Add("x-caller-role", Role);
}
