using Microsoft.EntityFrameworkCore;

namespace Telehealth.Notification.Data;

internal static class ConcurrentWrites
{
    /// <summary>
    /// Runs a read-modify-write again, from a clean slate, when another writer got there first
    /// (a delivery moved on, a recipient row added by an event at the same moment).
    /// </summary>
    public static async Task<T> RetryAsync<T>(NotificationDbContext db, Func<Task<T>> write, int attempts = 3)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (DbUpdateException) when (attempt < attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
