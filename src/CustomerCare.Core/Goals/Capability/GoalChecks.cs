// The goal and funnel findings of the capability check: goals faster than anyone can staff, funnels whose stages do not chain.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>Checks care goals and funnel goals for <see cref="CapabilityCheck"/>.</summary>
internal static class GoalChecks
{
    /// <summary>
    /// A first-response-time target whose upper bound is below the fastest first response a channel can staff (the
    /// quickest of the channel's settings, whatever the priority): an error when no channel with a setting can meet it,
    /// a warning when some cannot. Channels without a setting state no limit and are not judged.
    /// </summary>
    public static void CheckGoals(CapabilityEnvelope envelope, IEnumerable<CareGoal> goals, List<CapabilityFinding> findings)
    {
        var limits = new List<(string Channel, Duration Fastest)>();
        foreach (var channel in envelope.ChannelPlans)
        {
            var settings = channel.FastestByPriority.Values.ToList();
            if (channel.FastestAnyPriority is { } any)
            {
                settings.Add(any);
            }

            if (settings.Count > 0)
            {
                limits.Add((channel.Name, settings.Min()));
            }
        }

        var i = 0;
        foreach (var goal in goals)
        {
            if (goal is null)
            {
                Preconditions.ThrowArgument(nameof(goals), $"goals[{i}] is null.");
            }

            i++;
            foreach (var target in goal.Targets)
            {
                if (target.Kpi != KpiId.FirstResponseTime || !double.IsFinite(target.Upper) || limits.Count == 0)
                {
                    continue;
                }

                var bound = Duration.FromSeconds(target.Upper);
                var tooSlow = limits.Where(l => l.Fastest > bound).ToList();
                if (tooSlow.Count == 0)
                {
                    continue;
                }

                var what = target.Quantile is { } q ? Invariant($"a p{q * 100:0.##} first response") : "a first response";
                var subject = $"goal '{goal.Name}' / {KpiCatalog.Get(target.Kpi).Name}";
                if (tooSlow.Count == limits.Count)
                {
                    var best = limits.MinBy(l => l.Fastest);
                    findings.Add(new(FindingSeverity.Error, "goal.faster_than_staffed", subject, Invariant(
                        $"Goal '{goal.Name}' targets {what} within {Show(bound)}, but the fastest first response the business can staff on any channel is {Show(best.Fastest)} ({best.Channel}): no ticket can meet it. Relax the target to at least {Show(best.Fastest)} or staff a faster response.")));
                }
                else
                {
                    var slowest = tooSlow.Max(l => l.Fastest);
                    var channels = string.Join(", ", tooSlow.Select(l => Invariant($"{l.Channel} ({Show(l.Fastest)})")));
                    findings.Add(new(FindingSeverity.Warning, "goal.faster_than_staffed", subject, Invariant(
                        $"Goal '{goal.Name}' targets {what} within {Show(bound)}, but some channels cannot respond that fast: {channels}. Their tickets work against the goal; relax the target to {Show(slowest)} or staff those channels faster.")));
                }
            }
        }
    }

    /// <summary>Each finding of each funnel: a base mismatch is a warning (the stated ratio misleads), widening an error (the targets contradict).</summary>
    public static void CheckFunnels(IEnumerable<FunnelGoal> funnels, List<CapabilityFinding> findings)
    {
        var i = 0;
        foreach (var funnel in funnels)
        {
            if (funnel is null)
            {
                Preconditions.ThrowArgument(nameof(funnels), $"funnels[{i}] is null.");
            }

            i++;
            foreach (var finding in funnel.Findings)
            {
                var widening = finding.Kind == FunnelFindingKind.Widening;
                findings.Add(new(
                    widening ? FindingSeverity.Error : FindingSeverity.Warning,
                    widening ? "funnel.widening" : "funnel.base_mismatch",
                    $"funnel '{funnel.Name}' / stage '{funnel.Stages[finding.Stage].Name}'",
                    finding.Message));
            }
        }
    }

    private static string Show(Duration d) => DurationText.Format(d);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
