using Grpc.Core;
using Microsoft.Extensions.Options;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Programmes;
using Telehealth.Prescription.Tests.Data;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Tests.Programmes;

/// <summary>
/// GetActiveProgramme from memory while nothing changed, on a real SQLite file: the second read
/// sends no command, a committed change is read at once, and the rules of who may read still hold.
/// </summary>
public sealed class ActiveProgrammeCacheTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly ActiveProgrammeCache _cache = new(Options.Create(new ActiveProgrammeCacheSettings()));
    private readonly Caller _therapist = new(Guid.NewGuid(), CallerRole.Therapist);
    private readonly Guid _patientId = Guid.NewGuid();

    public void Dispose()
    {
        _cache.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task The_second_read_sends_no_command_and_a_committed_change_is_read_at_once()
    {
        var prescribed = await PrescribeAsync();
        var patient = new Caller(_patientId, CallerRole.Patient);

        var (first, firstCommands) = await ReadAsync(patient);
        var (second, secondCommands) = await ReadAsync(patient);
        Assert.True(firstCommands > 0, "the first read did not reach the database");
        Assert.Equal(0, secondCommands);
        Assert.Equal(first, second);
        Assert.Equal(prescribed.Version, second.Version);

        var paused = await CommandsAsync(commands => commands.ChangeStatusAsync(new Proto.ChangeProgrammeStatusRequest
        {
            RequestId = NewId(),
            ProgrammeId = prescribed.ProgrammeId,
            ExpectedVersion = prescribed.Version,
            Status = Proto.ProgrammeStatus.Paused,
            Reason = "Away for a week.",
        }, _therapist, default));

        var (afterChange, afterChangeCommands) = await ReadAsync(patient);
        Assert.True(afterChangeCommands > 0, "the read after a committed change was answered from memory");
        Assert.Equal(paused.Version, afterChange.Version);
        Assert.Equal(Proto.ProgrammeStatus.Paused, afterChange.Status);
    }

    [Fact]
    public async Task A_cached_programme_is_still_refused_to_anyone_but_its_patient_and_their_therapist()
    {
        await PrescribeAsync();
        var (mine, _) = await ReadAsync(_therapist);
        Assert.Equal(_patientId.ToString(), mine.PatientId);

        foreach (var stranger in new[] { new Caller(Guid.NewGuid(), CallerRole.Therapist), new Caller(Guid.NewGuid(), CallerRole.Patient), new Caller(Guid.NewGuid(), CallerRole.Service) })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(stranger));
            Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        }
    }

    [Fact]
    public void A_read_that_raced_with_a_change_is_not_kept()
    {
        var patientId = Guid.NewGuid();
        var stamp = _cache.Stamp();
        _cache.Forget(patientId);
        _cache.Store(patientId, new CachedProgramme(new Proto.Programme { Version = 1 }, Guid.NewGuid()), stamp);

        Assert.False(_cache.TryGet(patientId, out _));
        _cache.Store(patientId, new CachedProgramme(new Proto.Programme { Version = 2 }, Guid.NewGuid()), _cache.Stamp());
        Assert.True(_cache.TryGet(patientId, out var kept));
        Assert.Equal(2, kept.Answer.Version);
    }

    private async Task<(Proto.Programme Programme, int Commands)> ReadAsync(Caller caller)
    {
        var counter = new CommandCounter();
        await using var db = _database.NewContext(counter, new ActiveProgrammeInvalidation(_cache));
        var queries = new ProgrammeQueries(db, new ExerciseLibrary(db, new ExerciseCache()), _cache, TimeProvider.System);
        var programme = await queries.GetActiveAsync(_patientId, caller, default);
        return (programme, counter.Commands);
    }

    private Task<Proto.Programme> PrescribeAsync() =>
        CommandsAsync(commands => commands.PrescribeAsync(new Proto.PrescribeProgrammeRequest
        {
            RequestId = NewId(),
            PatientId = _patientId.ToString(),
            TemplateId = ProgrammeTemplates.ChronicLowBackPainPhase1.Id.ToString(),
            Reason = "Initial assessment.",
        }, _therapist, default));

    private async Task<T> CommandsAsync<T>(Func<ProgrammeCommands, Task<T>> call)
    {
        await using var db = _database.NewContext(new ActiveProgrammeInvalidation(_cache));
        return await call(new ProgrammeCommands(db, new ExerciseLibrary(db, new ExerciseCache()), TimeProvider.System));
    }

    private static string NewId() => Guid.NewGuid().ToString();
}
