using Telehealth.Integration.Tests.Authorization;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// The row counts a refused call must leave as they were: the tables of the serving process's
/// database that only its RPCs write (<see cref="WorldSnapshot.RpcWrittenTables"/>).
/// </summary>
internal sealed class RefusalWrites(ClinicalSystem system, ServiceHost host)
{
    // Suggestions arrive from the progress service's events too, whenever an accepted report earlier in the run is handled.
    private static readonly string[] WrittenInTheBackground = ["suggestions"];

    private readonly string _database = host.ToString().ToLowerInvariant() + "db";

    public IReadOnlyDictionary<string, long> Count() =>
        DatabaseRows.CountAll(system.DatabaseFile(_database), [.. WorldSnapshot.RpcWrittenTables[_database].Except(WrittenInTheBackground)]);

    /// <summary>Each table whose count moved since <paramref name="before"/>, as "table a → b".</summary>
    public IReadOnlyList<string> ChangesSince(IReadOnlyDictionary<string, long> before) =>
        Count().Where(now => before[now.Key] != now.Value).Select(now => $"{_database}.{now.Key} {before[now.Key]} → {now.Value}").ToList();
}
