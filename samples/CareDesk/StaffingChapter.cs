// Chapter "Staffing the phones": tomorrow's arrival forecast turned into agents per half-hour with Erlang C, and what abandonment changes.
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CareDesk;

/// <summary>Plans the desk's phone staffing for one day, 08:00–17:30 in half-hours, to an 80/20 service level.</summary>
internal static class StaffingChapter
{
    // The desk's forecast of calls per half-hour from 08:00 to 17:00 (last interval ends 17:30): a morning peak after
    // opening, a lunch dip and a smaller afternoon peak, as its history of Monday calls shows.
    private static readonly double[] CallsPerHalfHour =
        [42, 68, 95, 110, 104, 92, 80, 64, 58, 66, 84, 96, 90, 78, 70, 61, 52, 40, 26];

    private static readonly LocalTime Opening = new(8, 0);
    private static readonly Duration HalfHour = Duration.FromMinutes(30);
    private static readonly Duration AverageHandlingTime = Duration.FromSeconds(240);
    private const double Shrinkage = 0.3;

    public static void Run(Instant now)
    {
        var target = StaffingTarget.ForServiceLevel(0.80, Duration.FromSeconds(20)).WithMaximumOccupancy(0.90);
        var plan = new IntervalStaffing[CallsPerHalfHour.Length];
        StaffingPlan.Fill(CallsPerHalfHour, HalfHour, AverageHandlingTime, target, Shrinkage, plan);

        Console.WriteLine($"Goal: 80% of calls answered within 20 s, occupancy at most 90%; AHT {AverageHandlingTime.TotalSeconds:0} s, shrinkage {Shrinkage:P0}.");
        Console.WriteLine("Interval      Calls  Erlangs  Agents  Rostered  Service level  P(wait)  ASA");
        var agentHalfHours = 0;
        for (var i = 0; i < plan.Length; i++)
        {
            var start = Opening.PlusMinutes(30 * i);
            var row = plan[i];
            agentHalfHours += row.ScheduledAgents;
            Console.WriteLine(
                $"{start:HH:mm}-{start.PlusMinutes(30):HH:mm}  {CallsPerHalfHour[i],5:0}  {row.Erlangs,7:0.0}  {row.Agents,6}  {row.ScheduledAgents,8}  {row.ServiceLevel,13:P1}  {row.Forecast.ProbabilityOfWaiting,7:P1}  {row.Forecast.AverageSpeedOfAnswerSeconds,3:0} s");
        }

        Console.WriteLine($"Rostered agent-hours for the day: {agentHalfHours / 2.0:0.#}.");

        // The 10:00 peak again with Erlang A: callers who hang up after 90 s on average shorten the queue for the rest.
        var peak = Workload.FromArrivals(CallsPerHalfHour[4], HalfHour, AverageHandlingTime);
        var erlangC = ErlangC.Evaluate(peak, plan[4].Agents - 1, Duration.FromSeconds(20));
        var erlangA = ErlangA.Evaluate(peak, Duration.FromSeconds(90), plan[4].Agents - 1, Duration.FromSeconds(20));
        Console.WriteLine($"At 10:00 with one agent fewer ({erlangC.Agents}): Erlang C predicts SL {erlangC.ServiceLevel:P1}; Erlang A, with 90 s patience, "
            + $"{erlangA.ServiceLevel(ServiceLevelDefinition.AnsweredWithinOverOffered):P1} answered in time and {erlangA.ProbabilityOfAbandoning:P1} abandoning.");
    }
}
