// Starts the web API on a temporary SQLite file (or a given one, to restart on the same data) for integration tests.
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareDesk.Api.Tests;

/// <summary>The API on its own database file; dispose to stop the host (the file stays until <see cref="DeleteDatabase"/>).</summary>
public sealed class DeskApiFactory : WebApplicationFactory<Program>
{
    public DeskApiFactory(string? databasePath = null) =>
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"caredesk-test-{Guid.NewGuid():N}.db");

    public string DatabasePath { get; }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Pooling off: a stopped host leaves no open connection behind, so a new host (or the clean-up) sees a closed file.
        builder.UseSetting("ConnectionStrings:CareDesk", $"Data Source={DatabasePath};Pooling=False");
        builder.UseEnvironment("Development");
    }
}
