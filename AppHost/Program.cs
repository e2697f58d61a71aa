using Telehealth.AppHost.Discovery;
using Telehealth.AppHost.Messaging;
using Telehealth.AppHost.Restarts;
using Telehealth.AppHost.Services;
using Telehealth.AppHost.State;
using Telehealth.AppHost.TherapistConsole;

if (AppHostArguments.WantsHelp(args))
{
    Console.WriteLine(AppHostArguments.Usage);
    return;
}

var builder = DistributedApplication.CreateBuilder(AppHostArguments.ToConfiguration(args));
var state = StateFolder.Prepare(builder);
var identity = builder.AddDevelopmentIdentity(state);

var messaging = builder.AddMessaging("messaging", state);

var prescription = builder.AddProject<Projects.Prescription>("prescription")
    .WithTelehealthDefaults(identity)
    .WithRestartOnCrash()
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(builder.AddSqliteDatabase("prescriptiondb", state));

var progress = builder.AddProject<Projects.Progress>("progress")
    .WithTelehealthDefaults(identity)
    .WithRestartOnCrash()
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(builder.AddSqliteDatabase("progressdb", state));

var scheduling = builder.AddProject<Projects.Scheduling>("scheduling")
    .WithTelehealthDefaults(identity)
    .WithRestartOnCrash()
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(builder.AddSqliteDatabase("schedulingdb", state));

var notification = builder.AddProject<Projects.Notification>("notification")
    .WithTelehealthDefaults(identity)
    .WithRestartOnCrash()
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(builder.AddSqliteDatabase("notificationdb", state))
    .WithEnvironment("Notification__Email__PickupDirectory", state.Combine("mail"));

builder.AddTherapistConsole(state, prescription, progress, scheduling, notification);

builder.AddDiscoveryFile(state);

builder.Build().Run();
