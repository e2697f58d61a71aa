using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// Write RPCs take a client-chosen id, because patient apps retry: the first call's answer is
/// saved with its changes, in the same transaction, and a retry gets that answer back.
/// </summary>
public static class IdempotentRequests
{
    // Every write call looks its request id up first: compiled once rather than translated per call.
    private static readonly CompiledPerModel<Func<ServiceDbContext, string, string, string, CancellationToken, Task<ProcessedRequest?>>> Processed = new(() =>
        EF.CompileAsyncQuery((ServiceDbContext db, string requestId, string method, string callerId, CancellationToken _) =>
            db.ProcessedRequests.AsNoTracking().FirstOrDefault(r => r.RequestId == requestId && r.Method == method && r.CallerId == callerId)));

    /// <summary>The saved answer to this request id, if it was processed before.</summary>
    public static async Task<TResponse?> FindAnswerAsync<TResponse>(this ServiceDbContext db, string requestId, string method, Guid callerId, MessageParser<TResponse> parser, CancellationToken cancellationToken)
        where TResponse : class, IMessage<TResponse>
    {
        var processed = await Processed.For(db)(db, requestId, method, callerId.ToString(), cancellationToken);
        return processed is null ? null : parser.ParseFrom(processed.Response);
    }

    /// <summary>Saves the answer alongside the changes it describes; commit them with one SaveChanges.</summary>
    public static void RememberAnswer<TResponse>(this ServiceDbContext db, string requestId, string method, Guid callerId, TResponse response, DateTimeOffset at)
        where TResponse : IMessage<TResponse> =>
        db.ProcessedRequests.Add(new ProcessedRequest(requestId, method, callerId.ToString(), response.ToByteArray(), at));

    /// <summary>
    /// Saves the changes with their answer (see <see cref="RememberAnswer"/>) and returns null.
    /// When an attempt at the same request running alongside this one (an app that gave up waiting
    /// and sent it again) was saved first, this one's answer breaks the kept answer's key: nothing
    /// of it is written, and the first attempt's answer is returned, as any later retry would get it.
    /// </summary>
    public static Task<TResponse?> SaveUnlessAnsweredMeanwhileAsync<TResponse>(this ServiceDbContext db, string requestId, string method, Guid callerId, MessageParser<TResponse> parser, CancellationToken cancellationToken)
        where TResponse : class, IMessage<TResponse> =>
        db.SaveUnlessAnsweredMeanwhileAsync(requestId, method, callerId, parser, db.SaveChangesAsync, cancellationToken);

    /// <inheritdoc cref="SaveUnlessAnsweredMeanwhileAsync{TResponse}(ServiceDbContext, string, string, Guid, MessageParser{TResponse}, CancellationToken)"/>
    /// <param name="save">How the changes are saved, when not by the context's own SaveChanges.</param>
    public static async Task<TResponse?> SaveUnlessAnsweredMeanwhileAsync<TResponse>(this ServiceDbContext db, string requestId, string method, Guid callerId, MessageParser<TResponse> parser, Func<CancellationToken, Task> save, CancellationToken cancellationToken)
        where TResponse : class, IMessage<TResponse>
    {
        try
        {
            await save(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.FindAnswerAsync(requestId, method, callerId, parser, cancellationToken) is { } first)
            {
                return first;
            }
            throw;
        }
    }
}
