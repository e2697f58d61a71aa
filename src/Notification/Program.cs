using Telehealth.Contracts.Notification.V1;
using Telehealth.Grpc.Server;
using Telehealth.Notification;
using Telehealth.Notification.Grpc;
using Telehealth.ServiceDefaults;
using Telehealth.ServiceDefaults.Auditing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationService();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<NotificationApi>(NotificationReflection.Descriptor.Services[0]);
app.MapAuditTrail();
app.Run();
