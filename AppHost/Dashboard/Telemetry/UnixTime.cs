namespace Telehealth.AppHost.Dashboard.Telemetry;

/// <summary>OTLP times are nanoseconds since the Unix epoch; the APIs speak DateTimeOffset and milliseconds.</summary>
internal static class UnixTime
{
    private const long NanosPerTick = 100;

    public static DateTimeOffset FromNanos(long unixNanos) =>
        DateTimeOffset.UnixEpoch.AddTicks(unixNanos / NanosPerTick);

    public static long ToNanos(DateTimeOffset time) =>
        (time - DateTimeOffset.UnixEpoch).Ticks * NanosPerTick;

    public static double Milliseconds(long nanos) => nanos / 1_000_000.0;
}
