using Telehealth.ServiceDefaults.Api;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;
using Telehealth.Scheduling;
using Telehealth.Scheduling.Calendar;
using Telehealth.Scheduling.Grpc;
using Telehealth.ServiceDefaults;
using Telehealth.ServiceDefaults.Auditing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSchedulingService();

var app = builder.Build();
app.UseCallsInFlightLimit();
app.MapDefaultEndpoints();
app.MapGrpcService<SchedulingApi>();
app.MapAuditTrail();
app.MapCalendarSubscription();
app.Run();
