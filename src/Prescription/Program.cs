using Telehealth.Contracts.Prescription.V1;
using Telehealth.Grpc.Server;
using Telehealth.Prescription;
using Telehealth.Prescription.Grpc;
using Telehealth.ServiceDefaults;
using Telehealth.ServiceDefaults.Auditing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPrescriptionService();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<PrescriptionApi>(PrescriptionReflection.Descriptor.Services[0]);
app.MapAuditTrail();
app.Run();
