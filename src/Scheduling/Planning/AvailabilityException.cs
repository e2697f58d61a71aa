using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>A time when the weekly hours do not apply: away (leave, training) or extra hours.</summary>
public sealed record AvailabilityException(Interval Period, bool Available);
