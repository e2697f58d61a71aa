using System.Security.Claims;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using Telehealth.Contracts.Notification.V1;
using NotificationService = Telehealth.Contracts.Notification.V1.NotificationService;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.Contracts.Audit.V1;
using Telehealth.TherapistConsole.Audit;
using Telehealth.TherapistConsole.Live;
using Telehealth.TherapistConsole.SignIn;
using Telehealth.TherapistConsole.Time;
using Telehealth.TherapistConsole.Tests.Fakes;

namespace Telehealth.TherapistConsole.Tests.Support;

/// <summary>
/// A bUnit context with what the console's components need: Fluent UI, a signed-in therapist, the
/// generated gRPC clients over <see cref="FakeServices"/>, and the live notification feed.
/// Disposed asynchronously, as a circuit is: the feed stops its reader that way.
/// </summary>
public abstract class ConsoleContext : BunitContext, IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected ConsoleContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddFluentUIComponents();
        Services.AddLogging();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new PrescriptionService.PrescriptionServiceClient(Fake));
        Services.AddSingleton(new ProgressService.ProgressServiceClient(Fake));
        Services.AddSingleton(new SchedulingService.SchedulingServiceClient(Fake));
        Services.AddSingleton(new NotificationService.NotificationServiceClient(Fake));
        foreach (var service in AuditSource.Services)
        {
            Services.AddSingleton(new AuditSource(service, new AuditTrail.AuditTrailClient(AuditTrails[service])));
        }
        Services.AddLiveNotifications();
        Services.AddSingleton(TimeZone);
        Fake.Answer<ListNotificationsRequest, ListNotificationsResponse>("ListNotifications", _ => new ListNotificationsResponse { LatestCursor = 0 });
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Alex Morgan");
        authorization.SetClaims(new Claim(TherapistClaims.Subject, Therapist.ToString()), new Claim(TherapistClaims.Name, "Alex Morgan"));
    }

    public Guid Therapist { get; } = Guid.NewGuid();

    /// <summary>The therapist's time zone, UTC until a test says otherwise, as before the browser is asked.</summary>
    public TherapistTimeZone TimeZone { get; } = new();

    public FakeServices Fake { get; } = new();

    /// <summary>Each service's AuditTrail on its own, by service name: the same method answers differently in each.</summary>
    public IReadOnlyDictionary<string, FakeServices> AuditTrails { get; } = AuditSource.Services.ToDictionary(service => service, _ => new FakeServices());

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
