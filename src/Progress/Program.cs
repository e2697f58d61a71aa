using Telehealth.ServiceDefaults.Api;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Progress;
using Telehealth.Progress.Grpc;
using Telehealth.ServiceDefaults;
using Telehealth.ServiceDefaults.Auditing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddProgressService();

var app = builder.Build();
app.UseCallsInFlightLimit();
app.MapDefaultEndpoints();
app.MapGrpcService<ProgressApi>();
app.MapAuditTrail();
app.Run();
