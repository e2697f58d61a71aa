namespace Telehealth.Notification.Policies;

/// <summary>Where an IP address leads: the public internet, or one of the ranges a webhook must not reach.</summary>
public enum AddressKind
{
    Public = 1,
    Unspecified,
    Loopback,
    Private,
    LinkLocal,
    CarrierGradeNat,
    Multicast,
    Broadcast,
    Documentation,
    Benchmarking,
    Reserved,
}
