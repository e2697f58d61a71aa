using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Telehealth.AppHost.Tests.Support;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.ServiceDefaults.Security;
using static Microsoft.Playwright.Assertions;

namespace Telehealth.AppHost.Tests.TherapistConsole;

/// <summary>
/// The therapist's console in Debian's chromium, against the AppHost's application: the therapist
/// signs in and prescribes a programme from a template through the console's form; the patient's app
/// reads it and reports three good sessions on the days before, then a flare; the therapist sees the
/// patient rise to the top of triage without a reload, opens the patient, reads the programme and the
/// pain chart, and approves the suggested step back, which becomes the programme's next version, the
/// one the patient's app then reads; then reads the patient's audit trail and opens the adjusting,
/// availability and prescribing pages. Another therapist who opens the patient's page by its address
/// is told the patient is not in their caseload. Each page is checked with axe-core against WCAG 2.1
/// A and AA (labels, contrast, names, structure). Screenshots are kept under the test output's TestResults/screenshots.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class TherapistConsoleBrowserTests(TelehealthAppFixture app) : IClassFixture<TelehealthAppFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private const float Patience = 120_000;
    private const string Reason = "First phase: switch the deep stabilisers back on.";

    private readonly string _screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Fact]
    public async Task A_therapist_signs_in_prescribes_from_a_template_sees_a_flare_arrive_in_triage_opens_the_patient_and_approves_the_step_back()
    {
        Assert.True(File.Exists(Chromium), $"Debian's chromium is missing at {Chromium}: run 'apt-get install -y chromium' as root.");
        Directory.CreateDirectory(_screenshots);
        await app.WaitUntilHealthyAsync(["console"]);
        using var identity = DevelopmentIdentity.Load(Path.Combine(app.StateDirectory, "identity", "signing-key.json"));
        using var patient = new SeededPatient(app.GrpcAddress("prescription"), app.GrpcAddress("progress"), identity);
        var template = await patient.FirstTemplateAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        // A therapist in London: the console shows times in the zone the browser is in.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 }, TimezoneId = "Europe/London" });
        var page = await context.NewPageAsync();
        // A circuit that fails leaves the page drawn but deaf to every click and keystroke: Blazor says so in the console.
        var circuitFailures = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("circuit", StringComparison.OrdinalIgnoreCase))
            {
                circuitFailures.Add(message.Text);
            }
        };
        SetDefaultExpectTimeout(Patience);
        page.SetDefaultTimeout(Patience);

        // Signing in: the console sends a therapist who is not signed in to its sign-in page.
        await page.GotoAsync(app.App.GetEndpoint("console", "http").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await AssertAccessibleAsync(page, "the sign-in page");
        var therapistId = page.GetByLabel("Or another therapist id (UUID)");
        await therapistId.FillAsync(patient.TherapistId.ToString());
        await therapistId.PressAsync("Enter");
        await Expect(page.GetByText($"Signed in as Therapist {patient.TherapistId.ToString()[..8]}")).ToBeVisibleAsync();
        await Expect(page.Locator(".time-zone")).ToHaveTextAsync("Times in Europe/London");
        await Screenshot(page, "console-01-signed-in");

        // Prescribing from a template through the console's form: the patient's id, the template, the
        // days between reviews and the reason, each typed into its labelled field.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Prescribe", Exact = true }).ClickAsync();
        await page.Locator("#template").SelectOptionAsync(new SelectOptionValue { Label = template.Name });
        await Expect(page.Locator("article.draft-item")).ToHaveCountAsync(template.Items.Count);
        await TypeAsync(page, "Patient id (the UUID their app shows)", patient.PatientId.ToString());
        await page.GetByLabel("Days between reviews (empty for the clinic's default)").FillAsync("14");
        await TypeAsync(page, "Reason (required)", Reason);
        await Screenshot(page, "console-01a-prescribe-filled");
        await AssertAccessibleAsync(page, "the filled prescribing form");
        await page.Locator("fluent-button", new PageLocatorOptions { HasText = "Prescribe" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/patients/{patient.PatientId}$"));
        await Expect(page.Locator("#programme-heading")).ToContainTextAsync("version 1");

        // The patient's app reads what the console prescribed, with the patient's own token, and reports against it.
        var prescribed = await patient.ReadPrescribedAsync();
        Assert.Equal((1, template.Items.Count, 14, Reason), (prescribed.Version, prescribed.Items.Count, prescribed.ReviewIntervalDays, prescribed.Reason));
        Assert.Equal(template.Items.Select(item => item.ExerciseId), prescribed.Items.Select(item => item.ExerciseId));
        await patient.ReportGoodSessionsAsync(days: 3);
        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Triage", Exact = true }).ClickAsync();

        // Triage lists the patient; a flare reported now moves them to the top without a reload.
        var rows = page.Locator("table.triage tbody tr");
        await Expect(page.Locator($"tr[data-patient='{patient.PatientId}']")).ToBeVisibleAsync();
        await Expect(page.GetByText("Updates live as notifications arrive.")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.telehealthNotReloaded = true");
        await patient.ReportFlareAsync();
        await Expect(rows.First).ToHaveAttributeAsync("data-patient", patient.PatientId.ToString());
        await Expect(rows.First).ToContainTextAsync("Pain flare");
        Assert.True(await page.EvaluateAsync<bool>("() => window.telehealthNotReloaded === true"), "triage was reloaded rather than updated in place");
        await Screenshot(page, "console-02-triage-flare");
        await AssertAccessibleAsync(page, "triage");

        // The patient's page: the programme, the pain chart with the flare, the suggested step back.
        var suggestion = (await patient.PendingSuggestionsAsync()).First(s => s.Kind == SuggestionKind.Regression);
        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#programme-heading")).ToContainTextAsync("version 1");
        await Expect(page.Locator("table.programme tbody tr")).ToHaveCountAsync(patient.Programme.Items.Count);
        await Expect(page.Locator(".pain-chart circle[data-kind=after][data-pain='6']")).ToHaveCountAsync(1);
        await Expect(page.Locator(".pain-chart circle[data-kind=after][data-pain='1']")).ToHaveCountAsync(3);
        var card = page.Locator($"[data-suggestion='{suggestion.SuggestionId}']");
        await Expect(card).ToContainTextAsync(suggestion.ExerciseName);
        await Screenshot(page, "console-03-patient");
        await AssertAccessibleAsync(page, "the patient's page");

        // Approving it makes the next programme version, shown at once and in the history.
        await card.Locator("fluent-button", new LocatorLocatorOptions { HasText = "Approve" }).ClickAsync();
        await Expect(page.Locator(".decided")).ToContainTextAsync("Approved: the programme is now version 2.");
        await Expect(page.Locator("#programme-heading")).ToContainTextAsync("version 2");
        await Expect(page.Locator("li[data-version='2']")).ToContainTextAsync("(current)");
        // The patient's app reads the new version with the patient's own token.
        Assert.Equal(2, (await patient.ActiveProgrammeAsync()).Version);
        await Screenshot(page, "console-04-approved");

        // The audit trail tab: every service's records of this patient merged, the approval among them.
        await page.Locator(".patient-tabs a", new PageLocatorOptions { HasText = "Audit trail" }).ClickAsync();
        var audit = page.Locator("table.audit");
        await Expect(audit).ToContainTextAsync("Suggestion approved");
        await Expect(audit).ToContainTextAsync("Programme prescribed");
        await Expect(page.Locator("p[data-service]")).ToHaveCountAsync(0);
        await Screenshot(page, "console-05-audit");
        await AssertAccessibleAsync(page, "the audit trail");

        // Adjusting the programme: each exercise with the dose fields its category uses, the library, the week.
        await page.Locator(".patient-tabs a", new PageLocatorOptions { HasText = "Overview" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Adjust the programme", Exact = true }).ClickAsync();
        await Expect(page.Locator("article.draft-item")).ToHaveCountAsync(patient.Programme.Items.Count);
        await Expect(page.Locator(".library-results li").First).ToBeVisibleAsync();
        await Screenshot(page, "console-06-adjust");
        await AssertAccessibleAsync(page, "adjusting a programme");

        // The therapist's weekly availability and prescribing pass the same checks.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Availability", Exact = true }).ClickAsync();
        await Expect(page.Locator("fieldset.day-hours")).ToHaveCountAsync(7);
        await Screenshot(page, "console-07-availability");
        await AssertAccessibleAsync(page, "the availability page");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Prescribe", Exact = true }).ClickAsync();
        await Expect(page.Locator(".library-results li").First).ToBeVisibleAsync();
        await Screenshot(page, "console-08-prescribe");
        await AssertAccessibleAsync(page, "prescribing");

        // Another therapist, signed in in a browser of their own, opens the patient's page by its
        // address: the services deny them, and the console says so plainly.
        var stranger = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var strangersPage = await stranger.NewPageAsync();
        var strangerId = Guid.NewGuid();
        await strangersPage.GotoAsync(app.App.GetEndpoint("console", "http").ToString());
        var strangersId = strangersPage.GetByLabel("Or another therapist id (UUID)");
        await strangersId.FillAsync(strangerId.ToString());
        await strangersId.PressAsync("Enter");
        await Expect(strangersPage.GetByText($"Signed in as Therapist {strangerId.ToString()[..8]}")).ToBeVisibleAsync();
        await strangersPage.GotoAsync(new Uri(app.App.GetEndpoint("console", "http"), $"/patients/{patient.PatientId}").ToString());
        await Expect(strangersPage.Locator("[role=alert]")).ToContainTextAsync("This patient is not in your caseload.");
        await Expect(strangersPage.Locator("#programme-heading")).ToHaveCountAsync(0);
        await Screenshot(strangersPage, "console-09-not-in-caseload");
        await AssertAccessibleAsync(strangersPage, "a patient outside the caseload");
        await stranger.CloseAsync();
        Assert.True(circuitFailures.Count == 0, $"the console's circuit failed:\n{string.Join('\n', circuitFailures)}");
    }

    /// <summary>
    /// Types into a Fluent UI text field or text area as a person does. The field is a web component: its label sits
    /// beside it in a fluent-field, and the input or textarea one types into is inside its open shadow
    /// root, which Playwright's CSS reaches. The console hears the value when the field is left.
    /// </summary>
    private static async Task TypeAsync(IPage page, string label, string text)
    {
        var control = page.Locator("fluent-field")
            .Filter(new LocatorFilterOptions { Has = page.Locator("label[slot=label]", new PageLocatorOptions { HasTextString = label }) })
            .Locator("input, textarea");
        await control.FillAsync(text);
        await control.BlurAsync();
        await Expect(control).ToHaveValueAsync(text);
    }

    private static async Task AssertAccessibleAsync(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"{where} breaks WCAG 2.1 A/AA:\n{string.Join('\n', violations)}");
        // The rules did run: labels, names and contrast were found and passed.
        Assert.Contains(result.Passes, rule => rule.Id == "color-contrast");
    }

    private Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_screenshots, name + ".png"), FullPage = true });
}
