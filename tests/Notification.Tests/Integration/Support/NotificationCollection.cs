namespace Telehealth.Notification.Tests.Integration.Support;

[CollectionDefinition(Name)]
public sealed class NotificationCollection : ICollectionFixture<NotificationSystem>
{
    public const string Name = "notification system";
}
