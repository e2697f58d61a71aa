using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>What a rule's request factory builds from: the running system, whose records the call is about, and who calls.</summary>
public sealed record RequestContext(ClinicalSystem System, PatientCase Target, TestCaller Caller);
