using System.Runtime.InteropServices;

namespace Telehealth.Grpc.Interop.Tests.Hosting;

/// <summary>SIGTERM for processes the tests started, so they shut down cleanly before a kill is needed.</summary>
internal static class Signals
{
    private const int SigTerm = 15;

    public static bool Terminate(int processId) => kill(processId, SigTerm) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
