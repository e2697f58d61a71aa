namespace Telehealth.AppHost.Messaging;

/// <summary>The files a private node reads at start, written just before each start with this run's credentials.</summary>
internal static class RabbitMqNodeFiles
{
    public static string ConfigurationFolder(string dataDirectory) => Path.Combine(dataDirectory, "conf.d");

    public static async Task WriteAsync(RabbitMqNodeResource node, CancellationToken cancellationToken)
    {
        var directory = node.DataDirectory;
        Directory.CreateDirectory(ConfigurationFolder(directory));
        await File.WriteAllTextAsync(Path.Combine(directory, "enabled_plugins"), "[].", cancellationToken);
        // An empty environment file, so the node does not read /etc/rabbitmq/rabbitmq-env.conf.
        await File.WriteAllTextAsync(Path.Combine(directory, "rabbitmq-env.conf"), "", cancellationToken);
        // RabbitMQ 3.10 ignores RABBITMQ_DEFAULT_USER and RABBITMQ_DEFAULT_PASS: the config file carries them.
        var user = await node.UserName.GetValueAsync(cancellationToken);
        var password = await node.Password.GetValueAsync(cancellationToken);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using var file = new StreamWriter(Path.Combine(ConfigurationFolder(directory), "10-telehealth.conf"), options);
        await file.WriteAsync($"""
            default_user = {user}
            default_pass = {password}
            loopback_users = none

            """);
    }
}
