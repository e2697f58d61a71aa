using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Telehealth.Scheduling.Tests.Support;

/// <summary>Once armed, the process "dies" at the given save: SaveChanges throws before writing.</summary>
public sealed class CrashingSaves : SaveChangesInterceptor
{
    private int _savesLeft = -1;

    public void ArmAt(int save) => _savesLeft = save;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (_savesLeft > 0 && --_savesLeft == 0)
        {
            throw new IOException("The process died.");
        }
        return ValueTask.FromResult(result);
    }
}
