using NodaTime;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Policies;
using Telehealth.Notification.Recipients;

namespace Telehealth.Notification.Tests.Policies;

public sealed class ChannelPlanTests
{
    private static readonly RecipientPreferences EmailOnly = new(true, "a@clinic.example", false, "https://push.example/hook", DateTimeZone.Utc, null);

    [Fact]
    public void Normal_news_goes_by_the_channels_the_recipient_chose()
    {
        Assert.Equal([new OutwardChannel(Channel.Email, "a@clinic.example")], ChannelPlan.For(Priority.Normal, EmailOnly));
    }

    [Fact]
    public void Urgent_news_goes_to_every_address_left_even_on_a_channel_turned_off()
    {
        Assert.Equal(
            [new OutwardChannel(Channel.Email, "a@clinic.example"), new OutwardChannel(Channel.Webhook, "https://push.example/hook")],
            ChannelPlan.For(Priority.Urgent, EmailOnly));
    }

    [Fact]
    public void Low_priority_news_and_recipients_without_preferences_stay_in_the_app()
    {
        Assert.Empty(ChannelPlan.For(Priority.Low, EmailOnly));
        Assert.Empty(ChannelPlan.For(Priority.Urgent, RecipientPreferences.Default));
    }
}
