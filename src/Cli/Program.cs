using Telehealth.Cli;
using Telehealth.Cli.Hosting;

return await TelehealthCli.RunAsync(args, CliHost.FromProcess());
