using Telehealth.AppHost.Resources;

var state = Path.Combine(AppContext.BaseDirectory, ".state");
await using var broker = await RabbitMqNode.StartAsync(Path.Combine(state, "messaging"));
Console.WriteLine($"messaging: {broker.ConnectionString}");
