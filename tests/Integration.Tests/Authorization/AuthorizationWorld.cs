using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// Therapist A with patient P (<see cref="Own"/>) and therapist B with patient Q (<see cref="Other"/>),
/// each with the same kinds of records, so that a NOT_FOUND about Q is a refusal, not an absence;
/// and an operator and a service identity.
/// </summary>
public sealed class AuthorizationWorld(ClinicalSystem system) : IAsyncLifetime
{
    public TestCaller Operator { get; } = TestCaller.NewOperator();

    public TestCaller Service { get; } = TestCaller.NewService();

    public PatientCase Own { get; private set; } = null!;

    public PatientCase Other { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var cases = await Task.WhenAll(
            new PatientCaseBuilder(system, TestCaller.NewTherapist(), TestCaller.NewPatient()).BuildAsync(),
            new PatientCaseBuilder(system, TestCaller.NewTherapist(), TestCaller.NewPatient()).BuildAsync());
        (Own, Other) = (cases[0], cases[1]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Who calls in a cell, and whose records the call is about.</summary>
    public (TestCaller Caller, PatientCase Target) Resolve(AccessCell cell) => cell switch
    {
        AccessCell.PatientOwn => (Own.Patient, Own),
        AccessCell.PatientOther => (Own.Patient, Other),
        AccessCell.TherapistOwn => (Own.Therapist, Own),
        AccessCell.TherapistOther => (Own.Therapist, Other),
        AccessCell.Operator => (Operator, Own),
        AccessCell.Service => (Service, Own),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, "not a single cell"),
    };
}
