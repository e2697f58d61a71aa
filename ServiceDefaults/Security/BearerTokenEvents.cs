using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// JwtBearer's events with the services' rules (<see cref="BearerTokenRules"/>). A call that the
/// <see cref="CallerPolicies.Caller"/> policy refuses is answered UNAUTHENTICATED with the token's
/// problem, or PERMISSION_DENIED; gRPC clients understand those better than an HTTP 401 or 403.
/// </summary>
public sealed class BearerTokenEvents : JwtBearerEvents
{
    public const string FailureItem = "telehealth.token-failure";

    public override Task MessageReceived(MessageReceivedContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return Task.CompletedTask;
        }
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            Refuse(context, "the authorization metadata is not a bearer token");
            return Task.CompletedTask;
        }
        var token = authorization["Bearer ".Length..].Trim();
        if (!IsRemembered(context.Options, token) && BearerTokenRules.HeaderProblem(token) is { } problem)
        {
            Refuse(context, problem);
            return Task.CompletedTask;
        }
        context.Token = token;
        return Task.CompletedTask;
    }

    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        Remember(context.HttpContext, BearerTokenRules.Describe(context.Exception));
        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        var problem = context.Principal is null ? "the token names no caller" : BearerTokenRules.CallerProblem(context.Principal);
        if (problem is not null)
        {
            Refuse(context, problem);
        }
        return Task.CompletedTask;
    }

    public override Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var reason = context.HttpContext.Items[FailureItem] as string ?? "the call carries no bearer token";
        return GrpcStatusResponse.WriteAsync(context.Response, StatusCode.Unauthenticated, $"Not authenticated: {reason}.");
    }

    public override Task Forbidden(ForbiddenContext context)
    {
        var role = context.HttpContext.User.FindFirst(TokenClaims.Role)?.Value ?? "caller";
        var article = role.Length > 0 && "aeiou".Contains(role[0], StringComparison.Ordinal) ? "An" : "A";
        return GrpcStatusResponse.WriteAsync(context.Response, StatusCode.PermissionDenied, $"{article} {role} may not do this.");
    }

    private static void Refuse(ResultContext<JwtBearerOptions> context, string reason)
    {
        Remember(context.HttpContext, reason);
        context.Fail(reason);
    }

    private static void Remember(HttpContext http, string reason)
    {
        http.Items[FailureItem] = reason;
        http.RequestServices.GetRequiredService<ILogger<BearerTokenEvents>>().LogInformation("Refused a bearer token: {TokenProblem}", reason);
    }

    // A token remembered as valid passed the header checks when it was first seen, and is the same
    // string now; parsing it again on every call was two fifths of authentication's CPU.
    private static bool IsRemembered(JwtBearerOptions options, string token)
    {
        foreach (var handler in options.TokenHandlers)
        {
            if (handler is RememberingTokenHandler remembering && remembering.Remembers(token))
            {
                return true;
            }
        }
        return false;
    }
}
