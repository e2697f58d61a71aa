using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Grpc.AspNetCore.Server;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// The largest request message a service accepts, in bytes after decompression; a larger one is
/// refused with RESOURCE_EXHAUSTED before it is parsed. grpc-dotnet's 4 MiB suits bulk APIs;
/// here the largest valid request (a session report with every field at its limit) is under
/// 200 KiB, so 256 KiB keeps one call from making a service parse and hold megabytes.
/// </summary>
public static class MessageSizeLimit
{
    /// <summary>Overrides the limit, e.g. the environment variable <c>Grpc__MaxReceiveMessageSize=524288</c>.</summary>
    public const string ConfigurationKey = "Grpc:MaxReceiveMessageSize";

    public const int DefaultMaxReceiveMessageSize = 256 * 1024;

    public static IHostApplicationBuilder AddGrpcMessageSizeLimit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpcMessageSizeLimit(builder.Configuration);
        return builder;
    }

    /// <summary>A value that is not a positive number of bytes stops the service at start-up rather than leaving it unlimited.</summary>
    public static IServiceCollection AddGrpcMessageSizeLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        var limit = DefaultMaxReceiveMessageSize;
        if (configured is not null && (!int.TryParse(configured, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit <= 0))
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be a positive number of bytes, not '{configured}'.");
        }
        services.Configure<GrpcServiceOptions>(options => options.MaxReceiveMessageSize = limit);
        return services;
    }
}
