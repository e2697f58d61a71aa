using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// An EF Core compiled query, compiled once per model. A compiled query refuses any model but the
/// one it was first run with; a service has one, but a process that hosts a service twice with
/// different interceptors (tests do) has one model per host.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext context) => _compiled.GetValue(context.Model, _ => compile());
}
