using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

/// <summary>`therapist exercises add`, and prescribing the added exercise by its short id or its name.</summary>
public sealed class ExerciseLibraryTests : IAsyncLifetime
{
    private const string Add = "PrescriptionService/AddExercise";
    private const string Added = "c0ffee00-1234-4abc-8def-000000000042";
    private static readonly Guid Patient = Guid.NewGuid();
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Therapist, Guid.NewGuid()));
        Backend.On<AddExerciseRequest, Exercise>(Add, request => new Exercise
        {
            ExerciseId = Added, Name = request.Name, Category = request.Category, Purpose = request.Purpose,
            Instructions = request.Instructions, Contraindications = { request.Contraindications }, LoadStepKg = request.LoadStepKg,
        });
        Backend.On<SearchExercisesRequest, SearchExercisesResponse>("PrescriptionService/SearchExercises", _ => new SearchExercisesResponse
        {
            Exercises =
            {
                new Exercise { ExerciseId = "c0ffee00-aaaa-4abc-8def-000000000001", Name = "Bird-dog", BuiltIn = true },
                new Exercise { ExerciseId = Added, Name = "Pallof press" },
            },
        });
        Backend.On<GetActiveProgrammeRequest, Programme>("PrescriptionService/GetActiveProgramme", request => Samples.Programme(Guid.Parse(request.PatientId)));
        Backend.On<AdjustProgrammeRequest, Programme>("PrescriptionService/AdjustProgramme", _ => Samples.Programme(Patient, version: 5));
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task Add_sends_every_field_and_shows_the_exercise_with_its_short_id()
    {
        var result = await _cli.RunAsync("therapist", "exercises", "add", "--name", "Pallof press", "--category", "stabiliser-activation",
            "--purpose", "Anti-rotation trunk control", "--instructions", "Stand side-on to the cable, press out, hold, return.",
            "--contraindication", "Acute shoulder pain", "--contraindication", "Recent abdominal surgery", "--load-step", "2.5");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<AddExerciseRequest>(Add);
        Assert.Equal("Pallof press", request.Name);
        Assert.Equal(ExerciseCategory.StabiliserActivation, request.Category);
        Assert.Equal("Anti-rotation trunk control", request.Purpose);
        Assert.Equal("Stand side-on to the cable, press out, hold, return.", request.Instructions);
        Assert.Equal(["Acute shoulder pain", "Recent abdominal surgery"], request.Contraindications);
        Assert.Equal(2.5, request.LoadStepKg);
        Assert.True(Guid.TryParse(request.RequestId, out _));
        Assert.Contains("Pallof press", result.Out);
        Assert.Contains("c0ffee00", result.Out);
        Assert.DoesNotContain(Added, result.Out);
        Assert.Contains("--add c0ffee00", result.Error);
    }

    [Fact]
    public async Task A_body_weight_exercise_has_no_load_step()
    {
        var result = await _cli.RunAsync("therapist", "exercises", "add", "--name", "Cat-cow", "--category", "stretch", "--purpose", "Mobility", "--instructions", "Slowly.");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(Backend.Request<AddExerciseRequest>(Add).HasLoadStepKg);
    }

    [Theory]
    [InlineData("--category takes one of lumbar-strengthening", "--name", "X", "--category", "yoga", "--purpose", "p", "--instructions", "i")]
    [InlineData("Option '--purpose' is required.", "--name", "X", "--category", "stretch", "--instructions", "i")]
    [InlineData("--load-step takes kilograms above 0, e.g. 2.5; not 'heavy'.", "--name", "X", "--category", "aerobic", "--purpose", "p", "--instructions", "i", "--load-step", "heavy")]
    public async Task Bad_input_is_refused_before_anything_is_sent(string message, params string[] options)
    {
        var result = await _cli.RunAsync(["therapist", "exercises", "add", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(Backend.Calls(Add));
    }

    [Theory]
    [InlineData("c0ffee00-1234")]
    [InlineData("pallof")]
    [InlineData(Added)]
    public async Task Adjust_adds_a_library_exercise_by_short_id_name_or_id(string named)
    {
        var result = await _cli.RunAsync("therapist", "programme", "adjust", "--patient", Patient.ToString(), "--add", named, "--sets", "2", "--reps", "10", "--reason", "Rotation control");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Added, Backend.Request<AdjustProgrammeRequest>("PrescriptionService/AdjustProgramme").Items[^1].ExerciseId);
    }

    [Fact]
    public async Task Adjust_with_a_short_id_start_that_is_too_short_for_an_id_looks_for_a_name()
    {
        var result = await _cli.RunAsync("therapist", "programme", "adjust", "--patient", Patient.ToString(), "--add", "c0ffee", "--sets", "2", "--reason", "x");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("No exercise in the library called \"c0ffee\"", result.Error);
    }
}
