using Telehealth.AppHost;
using Telehealth.AppHost.Model;
using Telehealth.AppHost.Resources;

var (options, error) = AppHostOptions.Parse(args);
if (options is null || options.ShowHelp)
{
    Console.WriteLine(error ?? AppHostOptions.Usage);
    return error is null ? 0 : 2;
}

var builder = DistributedApplicationBuilder.Create(options);
var state = builder.StateDirectory;

var messaging = builder.AddRabbitMq("messaging");
var prescription = builder.AddProject("prescription", "Prescription")
    .WithReference(messaging)
    .WithSqliteDatabase("prescriptiondb", state);
builder.AddProject("progress", "Progress")
    .WithReference(messaging)
    .WithReference(prescription)
    .WithSqliteDatabase("progressdb", state);
builder.AddProject("scheduling", "Scheduling")
    .WithReference(messaging)
    .WithSqliteDatabase("schedulingdb", state);
builder.AddProject("notification", "Notification")
    .WithReference(messaging)
    .WithSqliteDatabase("notificationdb", state)
    .WithEnvironment(env => env["Notification__Email__PickupDirectory"] = Path.Combine(state, "mail"));

try
{
    return await builder.Build().RunAsync();
}
catch (MissingDependencyException missing)
{
    Console.Error.WriteLine(missing.Message);
    return 1;
}
