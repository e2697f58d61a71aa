using Telehealth.ServiceDefaults.Api;
using Telehealth.Contracts.Notification.V1;
using Grpc.Core;
using Telehealth.Notification;
using Telehealth.Notification.Grpc;
using Telehealth.ServiceDefaults;
using Telehealth.ServiceDefaults.Auditing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationService();

var app = builder.Build();
app.UseCallsInFlightLimit();
app.MapDefaultEndpoints();
app.MapGrpcService<NotificationApi>();
app.MapAuditTrail();
app.Run();
