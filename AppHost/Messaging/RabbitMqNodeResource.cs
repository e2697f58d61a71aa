namespace Telehealth.AppHost.Messaging;

/// <summary>
/// Debian's RabbitMQ as a private node run by the orchestrator: no container engine runs here,
/// and Aspire's own RabbitMQ resource is a container. The services receive its connection string
/// as <c>ConnectionStrings__messaging</c>.
/// </summary>
public sealed class RabbitMqNodeResource(string name, string dataDirectory, ParameterResource userName, ParameterResource password)
    : ExecutableResource(name, RabbitMqNodeResource.ServerScript, dataDirectory), IResourceWithConnectionString
{
    /// <summary>The broker itself; /usr/sbin/rabbitmq-server switches user and writes under /var/log.</summary>
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public const string AmqpEndpointName = "amqp";
    public const string DistributionEndpointName = "distribution";

    private EndpointReference? _amqp;

    /// <summary>The Erlang node name: the resource's name on this host only.</summary>
    public static string NodeName(string resourceName) => $"{resourceName}@localhost";

    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource UserName { get; } = userName;

    public ParameterResource Password { get; } = password;

    public EndpointReference Amqp => _amqp ??= new EndpointReference(this, AmqpEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://{UserName}:{Password}@{Amqp.Property(EndpointProperty.HostAndPort)}/");
}
