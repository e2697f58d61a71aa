using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// Waits, after each commit, until <see cref="DurableCommits"/> has the change on disk. Registered after
/// <see cref="SerializedWritesInterceptor"/>, so the write turn is already given back and the next
/// writer goes on meanwhile.
/// </summary>
internal sealed class DurableCommitInterceptor : DbTransactionInterceptor
{
    public static DurableCommitInterceptor Instance { get; } = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context?.Database.GetDbConnection() is { } connection && DurableCommits.For(connection) is { } file)
        {
            file.SyncAsync().GetAwaiter().GetResult();
        }
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.GetDbConnection() is { } connection && DurableCommits.For(connection) is { } file)
        {
            await file.SyncAsync();
        }
    }
}
