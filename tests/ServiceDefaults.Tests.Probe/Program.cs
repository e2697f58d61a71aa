using Microsoft.Extensions.Hosting;
using Telehealth.ServiceDefaults.Tests.Probe;

// probe write <db> <broker> <count>: commits notes and their events while the broker is
// unreachable, says "committed", then waits to be killed: the events are in the outbox only.
if (args is ["write", var database, var broker, var count])
{
    using var host = ProbeHost.Build(database, broker, "probe-writer", consume: false);
    await host.StartAsync();
    await ProbeHost.AddNotesAsync(host.Services, Enumerable.Range(0, int.Parse(count)).Select(_ => Guid.NewGuid()));
    Console.WriteLine("committed");
    await Task.Delay(Timeout.Infinite);
}
Console.Error.WriteLine("usage: probe write <database file> <broker connection string> <count>");
return 2;
