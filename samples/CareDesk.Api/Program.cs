// CareDesk.Api: CustomerCare.Core embedded in a small CRM web API — tickets in SQLite (EF Core), SLA status, escalations, reports and a dashboard.
using System.Text.Json;
using System.Text.Json.Serialization;
using CareDesk.Api;
using CareDesk.Api.Data;
using CareDesk.Api.Reports;
using CareDesk.Api.Tickets;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.DependencyInjection.Diagnostics;
using CustomerCare.Core.DependencyInjection.Serialization;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;

var builder = WebApplication.CreateBuilder(args);

// The library's model (calendars, SLA policies, responsibility matrix) from appsettings.json, validated at start-up.
builder.Services.AddCustomerCare(builder.Configuration.GetSection("CustomerCare"));
// The library's "CustomerCare" meter, exported for Prometheus to scrape at /metrics.
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(CustomerCareMeter.Name).AddPrometheusExporter());
builder.Services.AddDbContext<DeskDb>((services, options) =>
    options.UseSqlite(services.GetRequiredService<IConfiguration>().GetConnectionString("CareDesk")
        ?? throw new InvalidOperationException("ConnectionStrings:CareDesk is missing from the configuration; set it to a SQLite connection string such as 'Data Source=caredesk.db'.")));
builder.Services.AddSingleton<TicketStore>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestHandler>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    // A rate over an empty sample is NaN (never a fake 0); JSON has no NaN, so it is written as the string "NaN".
    options.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
    options.SerializerOptions.ConfigureForCustomerCare();
});
builder.Services.AddOpenApi();

var app = builder.Build();

// The endpoints need the SLA policies and the responsibility matrix: without them the host does not start.
var care = app.Services.GetRequiredService<CustomerCareModel>();
if (care.SlaPolicies is null || care.Responsibility is null)
{
    throw new InvalidOperationException(
        "CareDesk.Api needs CustomerCare:SlaPolicies and CustomerCare:Responsibility in its configuration (appsettings.json next to the app, or the content root); "
        + $"found {(care.SlaPolicies is null ? "no SLA policies" : "SLA policies")} and {(care.Responsibility is null ? "no responsibility model" : "a responsibility model")}.");
}

// The schema is created and upgraded by the EF Core migrations in Migrations/, at start-up.
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<DeskDb>();
    db.Database.Migrate();
    db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.MapPrometheusScrapingEndpoint();
app.MapTickets();
app.MapReports();
app.Run();

/// <summary>The entry point, public so that integration tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
