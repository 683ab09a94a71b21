// The per-agent bundle of the library's KPI accumulators a scorecard book keeps, merged field by field.
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Goals.Scorecards.Evaluation;

/// <summary>One agent's (or a merged team's) accumulators; every field merges exactly, so the bundle does too.</summary>
internal struct StaffKpiAccumulator
{
    public NpsAccumulator Nps;
    public CsatAccumulator Csat;
    public HandleTimeAccumulator HandleTime;
    public ContactResolutionAccumulator Resolution;
    public QualityReviewAccumulator Quality;

    public StaffKpiAccumulator(CsatScale scale) => Csat = new CsatAccumulator(scale);

    public void Merge(in StaffKpiAccumulator other)
    {
        Nps.Merge(other.Nps);
        Csat.Merge(other.Csat);
        HandleTime.Merge(other.HandleTime);
        Resolution.Merge(other.Resolution);
        Quality.Merge(other.Quality);
    }
}
