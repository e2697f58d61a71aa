using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>Who a validated token names, and until when that answer may be reused.</summary>
public sealed record ValidatedCaller(Guid Subject, CallerRole Role, DateTimeOffset ValidUntil);
