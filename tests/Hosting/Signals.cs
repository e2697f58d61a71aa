using System.Runtime.InteropServices;

namespace Telehealth.Testing.Hosting;

/// <summary>SIGTERM for processes this host started, so they can shut down cleanly before a kill.</summary>
public static class Signals
{
    private const int SigTerm = 15;

    public static bool Terminate(int processId) => kill(processId, SigTerm) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
