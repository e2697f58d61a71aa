using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// A database that cannot write for now (disk full, I/O error, busy or locked beyond the timeout)
/// answers UNAVAILABLE, which clients retry with the same request id, instead of UNKNOWN, which
/// they must not retry. Nothing was committed: the transaction rolled back whole. Constraint and
/// type errors stay UNKNOWN: they are mistakes, not outages.
/// </summary>
public sealed class StorageFailureInterceptor(ILogger<StorageFailureInterceptor> logger) : Interceptor
{
    // Result codes that say the request itself is wrong: a retry would fail the same way.
    private static readonly HashSet<int> Permanent = [18 /* TOOBIG */, 19 /* CONSTRAINT */, 20 /* MISMATCH */, 21 /* MISUSE */, 25 /* RANGE */];

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (SqliteErrorOf(exception) is { } sqlite)
        {
            logger.LogWarning("The database could not complete {Method}: SQLite error {Code} ({ExtendedCode}), {Kind}", context.Method, sqlite.SqliteErrorCode, sqlite.SqliteExtendedErrorCode, IsTransient(sqlite) ? "transient" : "not transient");
            if (!IsTransient(sqlite))
            {
                throw;
            }
            throw new RpcException(new Status(StatusCode.Unavailable, "The service cannot store this right now; retry with the same request id."));
        }
    }

    // A full disk shows as SQLITE_FULL on the statement that hit it, and as a plain SQLITE_ERROR
    // on a commit whose transaction SQLite already rolled back; I/O, locking and open failures
    // have codes of their own. All of those pass, so only a wrong request is not retryable.
    private static bool IsTransient(SqliteException sqlite) => !Permanent.Contains(sqlite.SqliteErrorCode & 0xFF);

    private static SqliteException? SqliteErrorOf(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return sqlite;
            }
        }
        return null;
    }
}
