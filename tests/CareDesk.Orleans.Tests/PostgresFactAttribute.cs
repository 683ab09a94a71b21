// A fact that needs PostgreSQL: skipped locally without CAREDESK_POSTGRES, never skipped on CI (where .ci/run provides it).
namespace CareDesk.Orleans.Tests;

public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The environment variable holding the connection string to a database with Orleans' ADO.NET tables.</summary>
    public const string Variable = "CAREDESK_POSTGRES";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{Variable} is not set (.ci/run starts PostgreSQL and sets it; see samples/CareDesk.Orleans/README.md)";
        }
    }

    /// <summary>Gets the connection string, or null. On CI a missing one fails the test instead of skipping it.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;
}
