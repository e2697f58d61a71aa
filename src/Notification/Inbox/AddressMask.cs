namespace Telehealth.Notification.Inbox;

/// <summary>Enough of an address for an operator to tell deliveries apart, not enough to contact anyone.</summary>
internal static class AddressMask
{
    public static string Mask(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return address[0] + "***" + address[at..];
        }
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}/***" : "***";
    }
}
