using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.TherapistConsole.SignIn;

public static class SignInExtensions
{
    public const string CookieName = "telehealth-console";

    /// <summary>
    /// A sign-in cookie, and where it comes from: an OpenID Connect issuer when
    /// Console:Authentication:Authority is set; else, in Development, the sign-in page with tokens
    /// signed by the AppHost's development key. Without either the console does not start: it
    /// could call the services for nobody.
    /// </summary>
    public static IHostApplicationBuilder AddTherapistSignIn(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SignInSettings.Section).Get<SignInSettings>() ?? new SignInSettings();
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddAuthorization();
        services.TryAddSingleton(TimeProvider.System);
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = settings.UsesIssuer ? OpenIdConnectDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/signin";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        if (settings.UsesIssuer)
        {
            authentication.AddOpenIdConnect(options =>
            {
                options.Authority = settings.Authority;
                options.ClientId = settings.ClientId;
                options.ClientSecret = settings.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                // The access token goes to the services with every call; the cookie keeps it.
                options.SaveTokens = true;
                options.GetClaimsFromUserInfoEndpoint = true;
                // The issuer's own claim names ("sub", "name", "role"), as the services read them.
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = TherapistClaims.Name;
                options.TokenValidationParameters.RoleClaimType = TherapistClaims.Role;
                foreach (var scope in settings.Scopes)
                {
                    options.Scope.Add(scope);
                }
            });
            services.AddHttpContextAccessor();
            services.AddScoped<ITherapistTokens, IssuerTherapistTokens>();
            services.AddSingleton(DevelopmentSignIn.Disabled);
        }
        else if (settings.UsesDevelopmentKey && builder.Environment.IsDevelopment())
        {
            services.AddSingleton(_ => DevelopmentIdentity.Load(settings.DevelopmentKeyFile));
            services.AddScoped<ITherapistTokens, DevelopmentTherapistTokens>();
            var therapists = builder.Configuration.GetSection("Console:Therapists").Get<List<KnownTherapist>>() ?? [];
            services.AddSingleton(new DevelopmentSignIn(true, therapists));
        }
        else
        {
            throw new InvalidOperationException(settings.UsesDevelopmentKey
                ? "The console signs therapists in with a development key only in Development: set Console:Authentication:Authority to an OpenID Connect issuer. See README (Therapist's console)."
                : "The console cannot sign therapists in: set Console:Authentication:Authority to an OpenID Connect issuer, or run it from the AppHost, which gives it the development key. See README (Therapist's console).");
        }
        return builder;
    }

    /// <summary>POST /signout: ends the console's sign-in (and the issuer's, when there is one).</summary>
    public static WebApplication MapSignOut(this WebApplication app)
    {
        var usesIssuer = app.Configuration.GetSection(SignInSettings.Section).Get<SignInSettings>()?.UsesIssuer == true;
        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            if (usesIssuer)
            {
                await context.SignOutAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = "/" });
                return Results.Empty;
            }
            return Results.LocalRedirect("/signin");
        }).RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }
}
