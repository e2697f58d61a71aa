using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// Write RPCs take a client-chosen id, because patient apps retry: the first call's answer is
/// saved with its changes, in the same transaction, and a retry gets that answer back.
/// </summary>
public static class IdempotentRequests
{
    /// <summary>The saved answer to this request id, if it was processed before.</summary>
    public static async Task<TResponse?> FindAnswerAsync<TResponse>(this ServiceDbContext db, string requestId, string method, Guid callerId, MessageParser<TResponse> parser, CancellationToken cancellationToken)
        where TResponse : class, IMessage<TResponse>
    {
        // A plain local, not callerId.ToString() in the lambda: EF Core evaluates a method call on a
        // captured value through a lambda built on every execution (compiled in 6, interpreted in 10),
        // while a captured local is only read.
        var caller = callerId.ToString();
        var processed = await db.ProcessedRequests.AsNoTracking()
            .FirstOrDefaultAsync(r => r.RequestId == requestId && r.Method == method && r.CallerId == caller, cancellationToken);
        return processed is null ? null : parser.ParseFrom(processed.Response);
    }

    /// <summary>Saves the answer alongside the changes it describes; commit them with one SaveChanges.</summary>
    public static void RememberAnswer<TResponse>(this ServiceDbContext db, string requestId, string method, Guid callerId, TResponse response, DateTimeOffset at)
        where TResponse : IMessage<TResponse> =>
        db.ProcessedRequests.Add(new ProcessedRequest(requestId, method, callerId.ToString(), response.ToByteArray(), at));
}
