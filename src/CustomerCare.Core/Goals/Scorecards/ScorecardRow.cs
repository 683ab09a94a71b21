// One row of a staff scorecard: an agent's, team's or tier's KPI results, and each KPI against the role's target.
using System.Globalization;
using CustomerCare.Core.Goals.Scorecards.Evaluation;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// The scorecard of one agent, team or tier: the results of the library's KPI accumulators and one
/// <see cref="ScorecardLine"/> per KPI of <see cref="StaffRoster.Kpis"/>. The values are: NPS score (points), CSAT
/// top-box share, FCR on the customer basis (issues resolved on first contact / issues), repeat-contact rate as the
/// callback rate (issues with a repeat / issues), resolution rate, AHT in seconds, and the QA score (mean over all
/// scored reviews). A team or tier row is the exact merge of its agents and is compared with their role's targets when
/// they all share one role (otherwise <see cref="Role"/> is null and no line has a target). Immutable and thread-safe.
/// </summary>
public sealed class ScorecardRow
{
    internal ScorecardRow(ScorecardLevel level, string id, ScorecardRole? role, int agents, in StaffKpiAccumulator kpis)
    {
        Level = level;
        Id = id;
        Role = role;
        Agents = agents;
        Nps = kpis.Nps.Result;
        Csat = kpis.Csat.Result;
        HandleTime = kpis.HandleTime.Result;
        Resolution = kpis.Resolution.Result;
        Quality = kpis.Quality.Result;
        var lines = new ScorecardLine[StaffRoster.ScorecardKpis.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var kpi = StaffRoster.ScorecardKpis[i];
            lines[i] = ScorecardLine.For(kpi, Value(kpi), role);
        }

        Lines = Array.AsReadOnly(lines);
    }

    /// <summary>Gets what the row summarises.</summary>
    public ScorecardLevel Level { get; }

    /// <summary>Gets the agent id, team name or tier name.</summary>
    public string Id { get; }

    /// <summary>Gets the role whose targets apply; null for a team or tier whose agents have different roles.</summary>
    public ScorecardRole? Role { get; }

    /// <summary>Gets the number of agents summarised (1 for an agent row).</summary>
    public int Agents { get; }

    /// <summary>Gets the NPS counts.</summary>
    public NpsResult Nps { get; }

    /// <summary>Gets the CSAT counts.</summary>
    public CsatResult Csat { get; }

    /// <summary>Gets the handle-time totals.</summary>
    public HandleTimeResult HandleTime { get; }

    /// <summary>Gets the issue and contact counts (FCR, repeat contacts, resolution).</summary>
    public ContactResolutionResult Resolution { get; }

    /// <summary>Gets the quality-review totals.</summary>
    public QualityReviewResult Quality { get; }

    /// <summary>Gets one line per KPI of <see cref="StaffRoster.Kpis"/>, in that order.</summary>
    public IReadOnlyList<ScorecardLine> Lines { get; }

    /// <summary>Returns the row's value of <paramref name="kpi"/> in the KPI's unit; NaN without data.</summary>
    /// <param name="kpi">One of <see cref="StaffRoster.Kpis"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kpi"/> is not reported by a scorecard.</exception>
    public double Value(KpiId kpi) => kpi switch
    {
        KpiId.NetPromoterScore => Nps.Score,
        KpiId.CustomerSatisfaction => Csat.TopBoxShare.Value,
        KpiId.FirstContactResolution => Resolution.FirstContactResolution(FcrBasis.Customers).Value,
        KpiId.RepeatContactRate => Resolution.RepeatContactRate(RepeatContactVariant.IssuesWithRepeatOverIssues).Value,
        KpiId.ResolutionRate => Resolution.ResolutionRate.Value,
        KpiId.AverageHandleTime => HandleTime.TryGetAverageHandleTime(out var aht) ? aht.TotalSeconds : double.NaN,
        KpiId.QualityScore => Quality.MeanScore,
        _ => Scorecard.UnsupportedKpi(kpi),
    };

    /// <summary>Returns the row as text, e.g. <c>Agent ana: 5 of 6 targets met</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var withTarget = Lines.Count(l => l.Status != TargetStatus.NoTarget);
        var met = Lines.Count(l => l.Status == TargetStatus.Met);
        return withTarget == 0
            ? $"{Level} {Id}: no targets"
            : string.Create(CultureInfo.InvariantCulture, $"{Level} {Id}: {met} of {withTarget} targets met");
    }
}
