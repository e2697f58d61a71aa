using Telehealth.ServiceDefaults.Health;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Progress.Data;
using Telehealth.Progress.Diagnostics;
using Telehealth.Progress.Events;
using Telehealth.Progress.Reports;
using Telehealth.ServiceDefaults.Auditing;
using Telehealth.ServiceDefaults.Messaging;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Progress;

public static class ProgressServiceExtensions
{
    /// <summary>The progress service's database, consumers, use cases and audit trail.</summary>
    public static IHostApplicationBuilder AddProgressService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ProgressDbContext>("progressdb");
        builder.AddServiceMessaging<ProgressDbContext>(bus => bus.AddProgressConsumers());
        builder.Services.AddSingleton<ProgressMetrics>();
        builder.Services.AddSingleton<AdherenceMonitor>();
        builder.Services.AddScoped<SessionReportSubmission>();
        builder.Services.AddScoped<SessionReportCorrection>();
        builder.Services.AddScoped<NextDayCheckSubmission>();
        builder.Services.AddScoped<OutcomeSubmission>();
        builder.Services.AddScoped<PatientSummaries>();
        builder.Services.AddUrgentReports();
        builder.Services.AddGrpcHealthFor(ProgressService.Descriptor);
        builder.AddAuditTrail<ProgressDbContext, CaseloadAccess>();
        return builder;
    }
}
