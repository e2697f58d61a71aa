using Telehealth.ServiceDefaults.Health;
using Telehealth.Contracts.Scheduling.V1;
using MassTransit;
using Microsoft.Extensions.Options;
using Telehealth.Scheduling.Appointments;
using Telehealth.Scheduling.Calendar;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Diagnostics;
using Telehealth.Scheduling.Events;
using Telehealth.Scheduling.Schedules;
using Telehealth.Scheduling.Timers;
using Telehealth.ServiceDefaults.Auditing;
using Telehealth.ServiceDefaults.Messaging;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Scheduling;

public static class SchedulingServiceExtensions
{
    /// <summary>The scheduling service's options, database, consumers, timers, use cases and audit trail.</summary>
    public static IHostApplicationBuilder AddSchedulingService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>()
            .Bind(builder.Configuration.GetSection(SchedulingOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidation>();
        builder.AddServiceDatabase<SchedulingDbContext>("schedulingdb");
        builder.AddServiceMessaging<SchedulingDbContext>(bus => bus.AddSchedulingConsumers());
        builder.Services.AddSingleton<SchedulingMetrics>();
        builder.Services.AddScoped<PatientPlanning>();
        builder.Services.AddScoped<TimerFiring>();
        builder.Services.AddHostedService<TimerDispatcher>();
        builder.Services.AddScoped<PreferencesSubmission>();
        builder.Services.AddScoped<ScheduleQueries>();
        builder.Services.AddScoped<BookingCalendar>();
        builder.Services.AddScoped<AvailabilitySubmission>();
        builder.Services.AddScoped<AppointmentBooking>();
        builder.Services.AddScoped<AppointmentQueries>();
        builder.Services.AddScoped<ReviewOffers>();
        builder.Services.AddScoped<CalendarFeeds>();
        builder.Services.AddGrpcHealthFor(SchedulingService.Descriptor);
        builder.AddAuditTrail<SchedulingDbContext, CaseloadAccess>();
        return builder;
    }
}
