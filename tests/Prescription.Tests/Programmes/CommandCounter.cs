using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Telehealth.Prescription.Tests.Programmes;

/// <summary>Counts the SQL commands a context sends, to tell a read served from memory from one that reached the database.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private int _commands;

    public int Commands => Volatile.Read(ref _commands);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commands);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _commands);
        return result;
    }
}
