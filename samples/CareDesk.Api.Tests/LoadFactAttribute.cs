// A fact that runs only on request (CAREDESK_LOAD=1): the load test measures, it does not assert speed.
namespace CareDesk.Api.Tests;

/// <summary>Skipped unless the environment variable <c>CAREDESK_LOAD</c> is <c>1</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LoadFactAttribute : FactAttribute
{
    public LoadFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CAREDESK_LOAD") != "1")
        {
            Skip = "A measurement, not a check: run with CAREDESK_LOAD=1 to print throughput and latency of the status query.";
        }
    }
}
