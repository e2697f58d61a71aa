using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Telehealth.ServiceDefaults.Messaging;
using Microsoft.Extensions.Hosting;

namespace Telehealth.ServiceDefaults.Persistence;

public static class ServiceDatabase
{
    /// <summary>
    /// Registers the service's DbContext on the connection string ConnectionStrings__{name}
    /// (Aspire's name), or a SQLite file data/{name}.db under the content root.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string name)
        where TContext : ServiceDbContext
    {
        var connectionString = ConnectionStringFor(builder.Configuration, builder.Environment, name);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxCommitInterceptor>();
        builder.Services.TryAddSingleton<OutboxTransactionInterceptor>();
        // The options are built once: built per context, they were a tenth of what a report
        // allocated (EF Core's warnings configuration and service provider lookups).
        builder.Services.AddDbContext<TContext>(
            (services, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(
                    SqliteConnectionSettings.Instance,
                    SerializedWritesInterceptor.Instance,
                    DurableCommitInterceptor.Instance,
                    WriteTurnRelease.Instance,
                    services.GetRequiredService<OutboxCommitInterceptor>(),
                    services.GetRequiredService<OutboxTransactionInterceptor>()),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.TryAddSingleton<GroupCommit<TContext>>();
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddSingleton<StorageFailureInterceptor>();
        builder.Services.Configure<global::Grpc.AspNetCore.Server.GrpcServiceOptions>(options => options.Interceptors.Add<StorageFailureInterceptor>());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(name, tags: ["ready"]);
        return builder;
    }

    internal static string ConnectionStringFor(IConfiguration configuration, IHostEnvironment environment, string name)
    {
        if (configuration.GetConnectionString(name) is { Length: > 0 } configured)
        {
            return configured;
        }
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, name + ".db")}";
    }
}
