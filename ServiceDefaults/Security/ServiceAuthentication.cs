using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Grpc.AspNetCore.Server;

namespace Telehealth.ServiceDefaults.Security;

public static class ServiceAuthentication
{
    /// <summary>
    /// Bearer tokens checked against the configured issuer, audience and keys; every API call
    /// authenticated, then held to the caller's call rate. A service without usable keys does
    /// not start: it could only refuse every call.
    /// </summary>
    public static IHostApplicationBuilder AddServiceAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddServiceAuthentication(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddServiceAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(TokenSettings.Section).Get<TokenSettings>() ?? new TokenSettings();
        if (settings.Problem() is { } problem)
        {
            throw new InvalidOperationException($"The service cannot authenticate callers: {problem}. The AppHost sets these; see README (Security).");
        }
        services.Configure<TokenSettings>(configuration.GetSection(TokenSettings.Section));
        services.Configure<CallRateSettings>(configuration.GetSection(CallRateSettings.Section));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // The token's own claim names ("sub", "role"), not the WS-* URIs they would be mapped to.
                options.MapInboundClaims = false;
                options.TokenValidationParameters = BearerTokenRules.ValidationParameters(settings);
                options.Events = new BearerTokenEvents();
            });
        services.AddSingleton<RememberingTokenHandler>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<RememberingTokenHandler>((options, handler) =>
        {
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(handler);
        });
        services.AddAuthorization(CallerPolicies.Add);
        // One rate limiter for the process: an interceptor not registered here would be made per call.
        services.AddSingleton<CallRateLimitInterceptor>();
        services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<CallRateLimitInterceptor>());
        return services;
    }
}
