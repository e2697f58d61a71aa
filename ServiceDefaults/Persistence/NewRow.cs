using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// An entity a call added, to be inserted by another context, with its key as the call left it.
/// A key the database generates is filled in on the entity by a save; when that save's
/// transaction fails, the key goes back to what it was, so that saving the row again takes a new
/// one rather than one another writer may have taken since.
/// </summary>
internal sealed class NewRow
{
    private readonly object _entity;
    private readonly (PropertyInfo Property, object? Value)[] _key;

    private NewRow(object entity, (PropertyInfo, object?)[] key)
    {
        _entity = entity;
        _key = key;
    }

    public static NewRow Of(EntityEntry added) => new(
        added.Entity,
        [.. (added.Metadata.FindPrimaryKey()?.Properties ?? [])
            .Where(p => p.PropertyInfo is { CanWrite: true })
            .Select(p => (p.PropertyInfo!, p.PropertyInfo!.GetValue(added.Entity)))]);

    public void AddTo(DbContext db)
    {
        foreach (var (property, value) in _key)
        {
            property.SetValue(_entity, value);
        }
        db.Entry(_entity).State = EntityState.Added;
    }
}
