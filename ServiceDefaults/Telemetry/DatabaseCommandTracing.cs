using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Telehealth.ServiceDefaults.Telemetry;

/// <summary>
/// Spans for the database commands EF Core runs. EF Core and Microsoft.Data.Sqlite (10 as 6)
/// report commands only as DiagnosticListener events and start no activities of their own, so
/// they are turned into activities here: the only database spans until an instrumentation
/// package takes over. A span names the operation and the database system; never the
/// statement's parameters, which hold health data.
/// </summary>
internal sealed class DatabaseCommandTracing : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    public const string SourceName = "Telehealth.Database";

    private static readonly ActivitySource Source = new(SourceName);
    private readonly ConcurrentDictionary<Guid, Activity> _running = new();

    public static IDisposable Start()
    {
        var tracing = new DatabaseCommandTracing();
        return DiagnosticListener.AllListeners.Subscribe(tracing);
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            listener.Subscribe(this, name => name.StartsWith(DbLoggerCategory.Database.Command.Name, StringComparison.Ordinal));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case CommandEventData { EventId.Id: var id } executing when id == RelationalEventId.CommandExecuting.Id:
                Begin(executing.CommandId, executing.Command);
                break;
            case CommandExecutedEventData executed:
                End(executed.CommandId, failed: false);
                break;
            case CommandErrorEventData failed:
                End(failed.CommandId, failed: true);
                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    private void Begin(Guid commandId, DbCommand command)
    {
        if (!Source.HasListeners())
        {
            return;
        }
        var operation = Operation(command.CommandText);
        var activity = Source.StartActivity($"{operation} sqlite", ActivityKind.Client);
        if (activity is null)
        {
            return;
        }
        activity.SetTag("db.system", "sqlite");
        activity.SetTag("db.operation.name", operation);
        _running[commandId] = activity;
    }

    private void End(Guid commandId, bool failed)
    {
        if (_running.TryRemove(commandId, out var activity))
        {
            if (failed)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }
            activity.Stop();
        }
    }

    // The first keyword of the statement (SELECT, INSERT, …): enough to read a waterfall, nothing about the data.
    private static string Operation(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        var end = text.IndexOfAny(' ', '\n', '\r');
        return (end < 0 ? text : text[..end]).ToString().ToUpperInvariant();
    }
}
