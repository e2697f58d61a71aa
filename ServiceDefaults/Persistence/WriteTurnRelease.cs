using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// Gives a context's <see cref="WriteTurn"/> back when its connection closes: a transaction
/// disposed without commit or rollback ends there, and no transaction event says so.
/// </summary>
internal sealed class WriteTurnRelease : DbConnectionInterceptor
{
    public static WriteTurnRelease Instance { get; } = new();

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) =>
        (eventData.Context as ServiceDbContext)?.WriteTurn.Leave();

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        (eventData.Context as ServiceDbContext)?.WriteTurn.Leave();
        return Task.CompletedTask;
    }
}
