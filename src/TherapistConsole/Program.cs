using Microsoft.FluentUI.AspNetCore.Components;
using Telehealth.ServiceDefaults;
using Telehealth.TherapistConsole.Components;
using Telehealth.TherapistConsole.Live;
using Telehealth.TherapistConsole.Services;
using Telehealth.TherapistConsole.SignIn;
using Telehealth.TherapistConsole.Time;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebAppDefaults();
builder.AddTherapistSignIn();
builder.AddServiceClients();
builder.Services.AddLiveNotifications();
builder.Services.AddScoped<TherapistTimeZone>();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddFluentUIComponents();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseAntiforgery();
app.MapStaticAssets();
app.MapWebAppDefaultEndpoints();
app.MapSignOut();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
