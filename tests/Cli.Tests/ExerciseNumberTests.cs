using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

/// <summary>
/// Exercises numbered from 1, as the patient app numbers them: in programme order, movement breaks
/// not counted. The services' own item order starts at 0, which the command line never shows.
/// </summary>
public sealed class ExerciseNumberTests : IAsyncLifetime
{
    private static readonly Guid Patient = Guid.NewGuid();
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Patient, Patient));
        Backend.On<GetActiveProgrammeRequest, Programme>("PrescriptionService/GetActiveProgramme", _ => ZeroBased());
        Backend.On<GetTodayRequest, Schedule>("SchedulingService/GetToday", request => Samples.Today(Guid.Parse(request.PatientId), DateTimeOffset.UtcNow));
        Backend.On<SubmitSessionReportRequest, SubmitSessionReportResponse>("ProgressService/SubmitSessionReport", request => new SubmitSessionReportResponse { ReportId = request.ReportId });
        Backend.On<AdjustProgrammeRequest, Programme>("PrescriptionService/AdjustProgramme", _ => ZeroBased());
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task The_programme_numbers_its_exercises_from_1_and_leaves_the_movement_break_out()
    {
        var result = await _cli.RunAsync("patient", "programme");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["1", "2", "3", "—"], Rows(result.Out).Select(cells => cells[0]));
        Assert.Equal(["Bird-dog", "Cable trunk extension", "Walking", "Movement break during desk work"], Rows(result.Out).Select(cells => cells[1]));
    }

    [Fact]
    public async Task Today_numbers_each_sessions_exercises_as_the_programme_does()
    {
        var result = await _cli.RunAsync("patient", "today");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1. Bird-dog", result.Out);
        Assert.Contains("2. Cable trunk extension, 3. Walking", result.Out);
    }

    [Fact]
    public async Task Today_without_the_programme_shows_the_names_alone()
    {
        Backend.Fail("PrescriptionService/GetActiveProgramme", new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.NotFound, "patient_id: no current programme.")));

        var result = await _cli.RunAsync("patient", "today");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Cable trunk extension, Walking", result.Out);
        Assert.DoesNotContain("2. Cable", result.Out);
    }

    [Fact]
    public async Task Report_takes_an_exercise_by_its_number()
    {
        var result = await _cli.RunAsync("patient", "report", "--pain-before", "2", "--pain-after", "2", "--exercise", "1:reps=10/10", "--exercise", "3:minutes=25", "--no-red-flags");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<SubmitSessionReportRequest>("ProgressService/SubmitSessionReport");
        Assert.Equal([Samples.BirdDogItem, Samples.WalkingItem], request.Exercises.Select(e => e.ItemId));
        Assert.Equal(25, request.Exercises[1].Sets.Single().Minutes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    public async Task A_number_outside_the_programme_is_not_found(string number)
    {
        var result = await _cli.RunAsync("patient", "report", "--pain-before", "2", "--pain-after", "2", "--exercise", $"{number}:reps=10", "--no-red-flags");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"No exercise in your programme is number {number}: they are numbered 1 to 3", result.Error);
        Assert.Empty(Backend.Calls("ProgressService/SubmitSessionReport"));
    }

    [Fact]
    public async Task Adjust_takes_an_item_by_its_number()
    {
        using var therapist = CliRunner.For(_system, TestTokens.For(CallerRole.Therapist, Guid.NewGuid()));

        var result = await therapist.RunAsync("therapist", "programme", "adjust", "--patient", Patient.ToString(), "--item", "2", "--load", "22.5", "--reason", "Stronger");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<AdjustProgrammeRequest>("PrescriptionService/AdjustProgramme");
        Assert.Equal(22.5, request.Items.Single(i => i.ItemId == Samples.CableItem).Dosage.LoadKg);
        Assert.Equal(30, request.Items.Single(i => i.ItemId == Samples.CableItem).Progression.MaxLoadKg);
    }

    // The prescription service numbers items from 0 in their order field.
    private static Programme ZeroBased()
    {
        var programme = Samples.Programme(Patient);
        foreach (var item in programme.Items)
        {
            item.Order--;
        }
        return programme;
    }

    // The cells of each body row of the first table in the output.
    private static List<string[]> Rows(string output) =>
        output.Split('\n')
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Trim('│', ' ').Split('│').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells[0] != "#")
            .ToList();
}
