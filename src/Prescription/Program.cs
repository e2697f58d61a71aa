using Telehealth.ServiceDefaults.Api;
using Telehealth.Contracts.Prescription.V1;
using Grpc.Core;
using Telehealth.Prescription;
using Telehealth.Prescription.Grpc;
using Telehealth.ServiceDefaults;
using Telehealth.ServiceDefaults.Auditing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPrescriptionService();

var app = builder.Build();
app.UseCallsInFlightLimit();
app.MapDefaultEndpoints();
app.MapGrpcService<PrescriptionApi>();
app.MapAuditTrail();
app.Run();
