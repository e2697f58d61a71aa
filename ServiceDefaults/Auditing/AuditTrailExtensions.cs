using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telehealth.Contracts.Audit.V1;
using Telehealth.ServiceDefaults.Health;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Auditing;

public static class AuditTrailExtensions
{
    /// <summary>The audit trail's API over the service's database, with the service's own answer to who a patient's therapist is.</summary>
    public static IHostApplicationBuilder AddAuditTrail<TContext, TAccess>(this IHostApplicationBuilder builder)
        where TContext : ServiceDbContext
        where TAccess : class, IPatientAccess
    {
        builder.Services.AddScoped<IPatientAccess, TAccess>();
        builder.Services.AddGrpcHealthFor(AuditTrail.Descriptor);
        builder.Services.AddScoped(services => new AuditTrailApi(
            services.GetRequiredService<TContext>(), services.GetRequiredService<IPatientAccess>()));
        return builder;
    }

    /// <summary>Serves telehealth.audit.v1.AuditTrail; call <c>AddAuditTrail</c> first.</summary>
    public static WebApplication MapAuditTrail(this WebApplication app)
    {
        app.MapGrpcService<AuditTrailApi>();
        return app;
    }
}
