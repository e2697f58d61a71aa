using Telehealth.Contracts.Progress.V1;
using Telehealth.Grpc.Server;
using Telehealth.Progress;
using Telehealth.Progress.Grpc;
using Telehealth.ServiceDefaults;
using Telehealth.ServiceDefaults.Auditing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddProgressService();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<ProgressApi>(ProgressReflection.Descriptor.Services[0]);
app.MapAuditTrail();
app.Run();
