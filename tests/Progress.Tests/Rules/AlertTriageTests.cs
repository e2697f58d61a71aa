using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class AlertTriageTests
{
    [Theory]
    [InlineData(2, 4, null, false, true)]   // a rise of 2: a flare
    [InlineData(5, 6, null, false, true)]   // above 5 after the session
    [InlineData(2, 3, 6, false, true)]      // pain during an exercise above 5
    [InlineData(2, 2, null, true, true)]    // a red flag present
    [InlineData(2, 3, 5, false, false)]     // a routine session
    [InlineData(7, 5, null, false, false)]  // pain fell
    public void A_report_may_alert_on_the_signs_the_rules_alert_on(int before, int after, int? during, bool redFlag, bool mayAlert) =>
        Assert.Equal(mayAlert, AlertTriage.MayAlert(before, after, [null, during], redFlag, PainSettings.Default));
}
