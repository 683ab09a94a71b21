// Adds the desk to an Orleans silo: storage, reminders, the shared settings and clock (used by the driver and the tests).
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace CareDesk.Orleans.Hosting;

/// <summary>Configures a silo for the desk; clustering is left to the caller (loopback, ADO.NET or a test cluster).</summary>
public static class DeskSilo
{
    /// <summary>The ADO.NET invariant name of PostgreSQL's provider (Npgsql).</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>The Orleans service id of the desk (the cluster id is fresh for every run).</summary>
    public const string ServiceId = "caredesk";

    /// <summary>The most connections one silo opens to PostgreSQL, unless the connection string says otherwise.</summary>
    public const int PoolLimit = 20;

    /// <summary>The name of the grain storage the grains use.</summary>
    public const string StorageName = "desk";

    public static ISiloBuilder AddDesk(this ISiloBuilder silo, DeskSettings settings, IClock clock, DeskStorage storage, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        switch (storage)
        {
            case DeskStorage.Memory:
                silo.AddMemoryGrainStorage(StorageName);
                // Orleans' binary serializer, not the JSON default (Newtonsoft with type names): with JSON, copying the
                // state into memory storage cost more CPU than everything else an event does.
                silo.Services.AddOptions<MemoryGrainStorageOptions>(StorageName)
                    .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
                if (settings.UseReminders)
                {
                    silo.UseInMemoryReminderService();
                }

                break;
            case DeskStorage.Postgres:
                ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
                connectionString = WithPoolLimit(connectionString);
                silo.AddAdoNetGrainStorage(StorageName, o =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = connectionString;
                });
                // Orleans' own binary serializer for the stored state, as on the wire (the ADO.NET default is JSON,
                // which cannot build the sample's immutable records and NodaTime values).
                silo.Services.AddOptions<AdoNetGrainStorageOptions>(StorageName)
                    .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
                if (settings.UseReminders)
                {
                    silo.UseAdoNetReminderService(o =>
                    {
                        o.Invariant = PostgresInvariant;
                        o.ConnectionString = connectionString;
                    });
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(storage), storage, "Unknown storage.");
        }

        silo.Services.AddSingleton(settings);
        silo.Services.AddSingleton(clock);
        return silo;
    }

    /// <summary>
    /// Caps Npgsql's connection pool at <see cref="PoolLimit"/> unless the connection string sets its own maximum: with
    /// Npgsql's default (100 a pool) a few silo processes with many posts in flight exceed PostgreSQL's default
    /// <c>max_connections</c> (100).
    /// </summary>
    public static string WithPoolLimit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxPoolSize == new NpgsqlConnectionStringBuilder().MaxPoolSize)
        {
            builder.MaxPoolSize = PoolLimit;
        }

        return builder.ConnectionString;
    }
}
