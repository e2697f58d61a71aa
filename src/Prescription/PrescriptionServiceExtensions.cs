using Telehealth.ServiceDefaults.Health;
using Telehealth.Contracts.Prescription.V1;
using Grpc.AspNetCore.Server;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Events;
using Telehealth.Prescription.Grpc;
using Telehealth.Prescription.Programmes;
using Telehealth.Prescription.Suggestions;
using Telehealth.ServiceDefaults.Auditing;
using Telehealth.ServiceDefaults.Messaging;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Prescription;

public static class PrescriptionServiceExtensions
{
    /// <summary>The prescription service's database, library seed, consumers, use cases, the active programmes' cache and audit trail.</summary>
    public static IHostApplicationBuilder AddPrescriptionService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PrescriptionDbContext>("prescriptiondb");
        builder.Services.Configure<ActiveProgrammeCacheSettings>(builder.Configuration.GetSection(ActiveProgrammeCacheSettings.Section));
        builder.Services.AddSingleton<ActiveProgrammeCache>();
        builder.Services.AddSingleton<ActiveProgrammeInvalidation>();
        builder.Services.ConfigureDbContext<PrescriptionDbContext>(
            (services, options) => options.AddInterceptors(services.GetRequiredService<ActiveProgrammeInvalidation>()),
            optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.AddHostedService<ExerciseLibrarySeeder>();
        builder.AddServiceMessaging<PrescriptionDbContext>(bus =>
        {
            bus.AddConsumer<ProgressionSuggestedConsumer>();
            bus.AddConsumer<RegressionSuggestedConsumer>();
            bus.AddConsumer<RedFlagReportedConsumer>();
        });
        builder.Services.AddSingleton<DomainErrorInterceptor>();
        builder.Services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<DomainErrorInterceptor>());
        builder.Services.AddSingleton<ExerciseCache>();
        builder.Services.AddScoped<ExerciseLibrary>();
        builder.Services.AddScoped<ExerciseCatalogueApi>();
        builder.Services.AddScoped<ProgrammeCommands>();
        builder.Services.AddScoped<ProgrammeQueries>();
        builder.Services.AddScoped<SuggestionDecisions>();
        builder.Services.AddGrpcHealthFor(PrescriptionService.Descriptor);
        builder.AddAuditTrail<PrescriptionDbContext, CaseloadAccess>();
        return builder;
    }
}
